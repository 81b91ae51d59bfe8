/**
 * Study description → findings for the discussion, data/code availability and the declarations (registration,
 * protocol, ethics, funding, conflicts of interest).
 */
import { type AddOptions, filledStrings, type FindingBuilder, isFilled, type Path, uniq } from './finding-builder.js';

export function discussion(b: FindingBuilder): void {
  b.simple('limitations', [['discussion', 'limitations']]);
  b.simple('interpretation', [['discussion', 'interpretation']]);
  b.simple('implications', [['discussion', 'implications']]);
  b.simple('future_research', [['discussion', 'future_research']]);
}

const CODE_RANK = { public: 3, on_request: 2, not_available: 1 } as const;

export function availability(b: FindingBuilder): void {
  // data
  const d = b.desc.data;
  const dataPaths: Path[] = (['availability', 'urls', 'accessions', 'contact', 'access_conditions', 'statement'] as const).map((k) => ['data', k]);
  if (d && dataPaths.some((p) => b.filled(p))) {
    const urls = filledStrings(d.urls);
    const accessions = filledStrings(d.accessions);
    const details: Record<string, unknown> = {};
    if (urls.length) details.urls = urls;
    if (accessions.length) details.accessions = accessions;
    const value = d.availability ?? (urls.length || accessions.length ? 'public' : undefined);
    const o: AddOptions = { details, paths: dataPaths };
    if (value) o.value = value;
    if (!value) b.add('data_availability', 'partial', { ...o, reason: 'A data statement is given without data.availability.' });
    else if (value === 'not_available')
      b.add('data_availability', 'reported', { ...o, notDone: true, reason: 'The study description states that the data are not available.' });
    else if (value === 'on_request' && !isFilled(d.contact))
      b.add('data_availability', 'partial', { ...o, reason: 'Data "on request" without a contact (data.contact).' });
    else if (value === 'public' && !urls.length && !accessions.length)
      b.add('data_availability', 'partial', { ...o, reason: 'Data said to be public without a URL or accession.' });
    else b.add('data_availability', 'reported', o);
  }

  // code and trained model
  const parts = (['code', 'trained_model'] as const).filter((k) => b.desc[k] !== undefined);
  if (!parts.length) return;
  const best = parts.reduce((a, k) => (CODE_RANK[b.desc[k]!.availability] > CODE_RANK[b.desc[a]!.availability] ? k : a));
  const g = b.desc[best]!;
  const urls = uniq(parts.flatMap((k) => filledStrings(b.desc[k]!.urls)));
  const details: Record<string, unknown> = {};
  if (urls.length) details.urls = urls;
  const o: AddOptions = { value: g.availability, details, paths: parts.map((k) => [k]) };
  if (g.availability === 'not_available')
    b.add('code_availability', 'reported', { ...o, notDone: true, reason: 'The study description states that code/model are not available.' });
  else if (g.availability === 'on_request' && !isFilled(g.contact))
    b.add('code_availability', 'partial', { ...o, reason: `${best} "on request" without a contact (${best}.contact).` });
  else if (g.availability === 'public' && !filledStrings(g.urls).length)
    b.add('code_availability', 'partial', { ...o, reason: `${best} said to be public without a URL (${best}.urls).` });
  else b.add('code_availability', 'reported', o);
}

export function declarations(b: FindingBuilder): void {
  b.flagged('registration', ['registration'], 'registered', ['registered', 'not_registered'], 'Registered, but no registry, number or URL is given.');
  b.flagged('protocol', ['protocol'], 'available', ['available', 'not_available']);
  b.simple('ethics', [['ethics']], { value: b.desc.ethics?.approval });
  const f = b.desc.funding;
  if (f) {
    if (!f.funded) b.add('funding', 'reported', { value: 'none', paths: [['funding']] });
    else if (filledStrings(f.sources).length || filledStrings(f.grants).length)
      b.add('funding', 'reported', { value: 'funded', details: { sources: filledStrings(f.sources) }, paths: [['funding']] });
    else b.add('funding', 'partial', { value: 'funded', paths: [['funding']], reason: 'Funded, but the funders are not named (funding.sources).' });
  }
  const c = b.desc.conflicts_of_interest;
  if (c) b.add('conflicts_of_interest', 'reported', { value: c.present ? 'declared' : 'none', paths: [['conflicts_of_interest']] });
}
