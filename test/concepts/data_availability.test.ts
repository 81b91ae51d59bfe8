import { describe, expect, it } from 'vitest';
import { findingFor } from '../helpers.js';

describe('data_availability details', () => {
  it('extracts links and accessions', () => {
    const f = findingFor('data_availability', 'Summary statistics are available from the GWAS Catalog (accession numbers GCST90000001 and GCST90000002) at https://www.ebi.ac.uk/gwas.', 'Data availability');
    expect(f.details?.urls).toEqual(['https://www.ebi.ac.uk/gwas']);
    expect(f.details?.accessions).toEqual(expect.arrayContaining(['GCST90000001', 'GCST90000002']));
  });
});
