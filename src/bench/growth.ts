/**
 * Growth benchmark (`npm run bench`, last part): adversarial inputs of 10 KB → 10 MB, read, built and run
 * through the detectors, with the limits raised out of the way. Prints the time at each size and the slope of
 * log(time) against log(size): 1 is linear, 2 quadratic.
 */
import { detectAll } from '../concepts/index.js';
import { setLimits } from '../limits.js';
import { readManuscriptData, type InputFormat } from '../readers/index.js';

/** [name, format, make(bytes), largest size (micromark's tables and emphasis cost about 50 µs a byte: 1 MB)] */
const FAMILIES: Array<[string, InputFormat, (bytes: number) => string, number?]> = [
  ['text: one paragraph of short lines', 'text', (n) => `Title\n\n${'short line of a paragraph\n'.repeat(n / 26)}`],
  ['text: blank lines', 'text', (n) => `Title\n\n${'\n'.repeat(n)}End.\n`],
  ['markdown: blank lines', 'markdown', (n) => `# T\n\n${'\n'.repeat(n)}End.\n`],
  ['markdown: one long paragraph', 'markdown', (n) => `# T\n\n${'We did it and it worked '.repeat(n / 24)}\n`],
  ['markdown: a long table', 'markdown', (n) => `# T\n\n| a | b |\n|---|---|\n${'| x1 | y2 |\n'.repeat(n / 12)}`, 1e6],
  ['markdown: *a*a… within the markers limit per paragraph', 'markdown', (n) => `# T\n\n${`${'*a'.repeat(400)}\n\n`.repeat(n / 802)}`, 1e6],
  ['latex: unclosed \\textbf{', 'latex', (n) => `\\documentclass{article}\\begin{document}${'\\textbf{x } '.repeat(n / 12)}\\end{document}`, 1e6],
  ['latex: \\newcommand\\x[ repeated', 'latex', (n) => `\\documentclass{article}${'\\newcommand\\x['.repeat(n / 14)}\\begin{document}x\\end{document}`],
  ['html: flat paragraphs', 'html', (n) => `<html><body>${'<p>We did it &amp; it worked.</p>'.repeat(n / 32)}</body></html>`],
];

const SIZES = [10e3, 100e3, 1e6, 10e6];

function slope(xs: number[], ys: number[]): number {
  const lx = xs.map(Math.log);
  const ly = ys.map((y) => Math.log(Math.max(y, 0.01)));
  const mx = lx.reduce((a, b) => a + b, 0) / lx.length;
  const my = ly.reduce((a, b) => a + b, 0) / ly.length;
  let num = 0;
  let den = 0;
  for (let i = 0; i < lx.length; i++) {
    num += (lx[i]! - mx) * (ly[i]! - my);
    den += (lx[i]! - mx) ** 2;
  }
  return num / den;
}

export async function growthBenchmark(sizes = SIZES): Promise<void> {
  setLimits({ textBytes: 64 * 1048576, sentences: 10_000_000, markers: 10_000_000, depth: 100_000, timeMs: 3_600_000 });
  console.log('growth, 10 KB → 10 MB (read, build, detect; ms at each size; slope of log time on log size, 1 = linear):');
  for (const [name, format, make, largest = Infinity] of FAMILIES) {
    const times: number[] = [];
    const at = sizes.filter((n) => n <= largest);
    for (const n of at) {
      const data = new TextEncoder().encode(make(n));
      const t0 = performance.now();
      try {
        detectAll(await readManuscriptData(`growth.${format}`, data, format));
      } catch (e) {
        console.log(`  ${name}: ${(e as Error).message.split('\n')[0]}`);
      }
      times.push(performance.now() - t0);
    }
    console.log(`  ${name.padEnd(52)} ${times.map((t) => t.toFixed(0).padStart(7)).join(' ')} ms   slope ${slope(at, times).toFixed(2)}`);
  }
}
