import { readFileSync } from 'node:fs';

export interface LabelRow {
  document: string;
  concept: string;
  reported: boolean;
  value: string;
  evidence: string;
}

/** Minimal RFC 4180 CSV parser (quoted fields, doubled quotes, newlines inside quotes). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let q = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (q) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else q = false;
      } else field += c;
    } else if (c === '"') q = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((r) => r.length > 1 || (r[0] ?? '') !== '');
}

export function readLabels(file: string): LabelRow[] {
  const rows = parseCsv(readFileSync(file, 'utf8'));
  const header = rows.shift()?.map((h) => h.trim()) ?? [];
  const idx = (k: string) => header.indexOf(k);
  for (const k of ['document', 'concept', 'reported']) {
    if (idx(k) < 0) throw new Error(`${file}: missing column "${k}" (expected document,concept,reported,value,evidence)`);
  }
  return rows.map((r, i) => {
    const rep = (r[idx('reported')] ?? '').trim();
    if (rep !== '0' && rep !== '1') throw new Error(`${file}:${i + 2}: reported must be 0 or 1, got "${rep}"`);
    return {
      document: (r[idx('document')] ?? '').trim(),
      concept: (r[idx('concept')] ?? '').trim(),
      reported: rep === '1',
      value: idx('value') >= 0 ? (r[idx('value')] ?? '').trim() : '',
      evidence: idx('evidence') >= 0 ? (r[idx('evidence')] ?? '').trim() : '',
    };
  });
}
