/**
 * docs/concepts.md is generated from the concept registry: it must be what `npm run docs` writes today.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONCEPTS } from '../src/concepts/index.js';
import { renderConceptDocs } from '../src/concepts/docs.js';

function committed(): string | undefined {
  try {
    return readFileSync(new URL('../docs/concepts.md', import.meta.url), 'utf8');
  } catch {
    return undefined;
  }
}

describe('docs/concepts.md', () => {
  const rendered = renderConceptDocs();

  it('is up to date with the concept files', () => {
    if (committed() !== rendered) throw new Error('docs/concepts.md is stale: run npm run docs');
  });

  it('has a section for every concept and renders the same text twice', () => {
    for (const c of CONCEPTS) expect(rendered).toContain(`<a id="${c.id}"></a>`);
    expect(renderConceptDocs()).toBe(rendered);
  });

  it('lists the bundled checklist items that use a concept', () => {
    const section = rendered.slice(rendered.indexOf('<a id="funding"></a>'));
    expect(section).toMatch(/\*\*Checklist items:\*\* claim-2020 42; claim-2024 44;/);
  });
});
