import { describe, expect, it } from 'vitest';
import { findingFor } from '../helpers.js';

describe('registration details', () => {
  it.each([
    ['The trial was registered at ClinicalTrials.gov (NCT01234567).', 'Methods', ['NCT01234567']],
    ['Trial registration: ISRCTN12345678.', 'Abstract', ['ISRCTN12345678']],
    ['Clinical trial reg. no. NCT00999999, www.clinicaltrials.gov.', 'Footnotes', ['NCT00999999']],
    ['This review was prospectively registered with PROSPERO (CRD42020123456).', 'Methods', ['CRD42020123456']],
    ['The study was retrospectively registered in the Chinese Clinical Trial Registry (ChiCTR2000012345).', 'Methods', ['ChiCTR2000012345']],
    ['EudraCT number 2015-001234-56.', 'Notes', ['2015-001234-56']],
  ])('lists the identifier of %s', (s, h, ids) => {
    const f = findingFor('registration', s, h);
    expect((f.details?.ids as string[] | undefined) ?? []).toEqual(expect.arrayContaining(ids));
  });
});
