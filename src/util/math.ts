/**
 * Minimum and maximum of any number of values. `Math.min(...xs)` passes every value as an argument and overflows
 * the stack past about 100,000 of them (headings of a hostile document, text items of a PDF line).
 */
export function minOf(xs: Iterable<number>, empty = Infinity): number {
  let m = Infinity;
  for (const x of xs) if (x < m) m = x;
  return m === Infinity ? empty : m;
}

export function maxOf(xs: Iterable<number>, empty = -Infinity): number {
  let m = -Infinity;
  for (const x of xs) if (x > m) m = x;
  return m === -Infinity ? empty : m;
}
