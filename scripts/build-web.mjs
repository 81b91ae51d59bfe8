#!/usr/bin/env node
// The authors' web page as static files (issue 12): `node scripts/build-web.mjs [outdir]` (default dist/page) after
// `tsc` and scripts/build.mjs (it bundles the data of dist/compiled/). esbuild bundles src/web/page/main.ts for the
// browser, code-split: the page shell loads first, the library (readers, detectors, checklists, reporters) as a
// chunk right after, and pdf.js, mammoth and the study-description form only when needed. Node built-ins are
// replaced by the stand-ins in src/web/stand-ins/ (and the regexp parser the prefilter needs only at build time). Prints the size of each file (and gzip) to stderr.
import { copyFileSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const esbuild = require('esbuild');
const out = process.argv[2] ? join(process.cwd(), process.argv[2]) : join(root, 'dist/page');
const compiled = join(root, 'dist/compiled');
const web = join(root, 'src/web');

/** node:fs, node:path, … → src/web/stand-ins/*.ts; the compiled data → the stand-in module's real contents. */
const browserPlugin = {
  name: 'reportlint-browser',
  setup(build) {
    build.onResolve({ filter: /^node:|^@eslint-community\/regexpp$/ }, (args) => {
      const name = args.path.startsWith('node:') ? args.path.slice('node:'.length) : 'regexpp';
      const file = join(web, 'stand-ins', `${name}.ts`);
      try {
        statSync(file);
      } catch {
        return { errors: [{ text: `node:${name} has no browser stand-in in src/web/stand-ins/ (imported by ${relative(root, args.importer)})` }] };
      }
      return { path: file };
    });
    build.onLoad({ filter: /src[\\/]web[\\/]compiled-data\.ts$/ }, () => {
      const data = (f) => readFileSync(join(compiled, f), 'utf8');
      const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;
      return {
        loader: 'js',
        resolveDir: compiled,
        contents: [
          `import validate from './validate-checklist.cjs';`,
          `export const compiled = {`,
          `  'checklists.json': ${data('checklists.json')},`,
          `  'gates.json': ${data('gates.json')},`,
          `  'checklist-schema.json': ${data('checklist-schema.json')},`,
          `  'validate-checklist.cjs': validate,`,
          `  version: ${JSON.stringify(version)},`,
          `};`,
        ].join('\n'),
      };
    });
  },
};

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const result = await esbuild.build({
  entryPoints: { main: join(web, 'page/main.ts') },
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'browser',
  target: ['chrome109', 'firefox115', 'safari16'],
  minify: true,
  outdir: out,
  chunkNames: 'chunks/[name]-[hash]',
  define: { 'process.env.NODE_ENV': '"production"', global: 'globalThis' },
  plugins: [browserPlugin],
  metafile: true,
  logLevel: 'warning',
  legalComments: 'none',
});
for (const f of ['index.html', 'style.css']) copyFileSync(join(web, 'page', f), join(out, f));
copyFileSync(require.resolve('pdfjs-dist/legacy/build/pdf.worker.min.mjs'), join(out, 'pdf.worker.min.mjs'));

// sizes: what each output holds (the main inputs), raw and gzip
const rows = [];
for (const [file, meta] of Object.entries(result.metafile.outputs)) {
  const bytes = readFileSync(join(root, file));
  const top = Object.entries(meta.inputs).sort((a, b) => b[1].bytesInOutput - a[1].bytesInOutput)[0]?.[0] ?? '';
  rows.push({ file: relative(out, join(root, file)), bytes: bytes.length, gzip: gzipSync(bytes).length, largest: top });
}
for (const f of ['index.html', 'style.css', 'pdf.worker.min.mjs']) {
  const bytes = readFileSync(join(out, f));
  rows.push({ file: f, bytes: bytes.length, gzip: gzipSync(bytes).length, largest: '' });
}
// what loads together: an output and everything it imports statically, less what the page already has
const outputs = result.metafile.outputs;
const closure = (file, seen = new Set()) => {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const i of outputs[file].imports) if (i.kind === 'import-statement') closure(i.path, seen);
  return seen;
};
const gz = (files) => [...files].reduce((n, f) => n + gzipSync(readFileSync(join(root, f))).length, 0);
const raw = (files) => [...files].reduce((n, f) => n + readFileSync(join(root, f)).length, 0);
const mainOut = Object.keys(outputs).find((f) => outputs[f].entryPoint?.endsWith('main.ts'));
const first = closure(mainOut);
const groups = { page: first };
const dynamicOf = (re) => Object.keys(outputs).find((f) => re.test(f));
for (const [name, re] of [['library', /chunks\/check-/], ['pdf', /chunks\/pdf-/], ['docx', /chunks\/lib-/], ['form', /chunks\/study-form-/]]) {
  const f = dynamicOf(re);
  if (f) groups[name] = new Set([...closure(f)].filter((x) => !first.has(x) && (name === 'library' || !groups.library?.has(x))));
}
const loads = Object.fromEntries(Object.entries(groups).map(([k, v]) => [k, { files: v.size, bytes: raw(v), gzip: gz(v) }]));
loads.page.bytes += ['index.html', 'style.css'].reduce((n, f) => n + readFileSync(join(out, f)).length, 0);
writeFileSync(join(out, 'sizes.json'), `${JSON.stringify({ loads, files: rows }, null, 2)}\n`);
if (process.env.REPORTLINT_WEB_SIZES) for (const [k, v] of Object.entries(loads)) process.stderr.write(`load ${k.padEnd(8)} ${v.files} files ${(v.bytes / 1024).toFixed(0)} KB, gzip ${(v.gzip / 1024).toFixed(0)} KB\n`);
if (process.env.REPORTLINT_WEB_SIZES > '1') for (const r of rows) process.stderr.write(`${r.file.padEnd(40)} ${(r.bytes / 1024).toFixed(0).padStart(6)} KB  gzip ${(r.gzip / 1024).toFixed(0).padStart(5)} KB  ${r.largest}\n`);
