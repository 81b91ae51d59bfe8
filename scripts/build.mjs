#!/usr/bin/env node
// Build steps after `tsc`: (1) generate the checklist JSON Schema from its zod definition (dist/checklists/schema.js)
// and precompile it into a standalone ajv validator, and the
// bundled checklists into one JSON file, so `check` validates at load without compiling a schema or parsing
// YAML; (2) bundle the CLI with esbuild (one module graph instead of hundreds of files) for a fast start.
// Heavy readers (pdf.js, mammoth) stay external and are imported only when such a file is checked.
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const compiled = join(root, 'dist/compiled');
mkdirSync(compiled, { recursive: true });

// 1a. the checklist JSON Schema generated from zod (checklists/schema.json is a committed copy that a test keeps
// equal; scripts/write-checklist-schema.mjs rewrites it) and a standalone validator for it (same options as the
// runtime compile in src/checklists/schema-check.ts)
const Ajv = require('ajv').default;
const standaloneCode = require('ajv/dist/standalone').default;
const { checklistJsonSchema } = await import(join(root, 'dist/checklists/schema.js'));
const schema = checklistJsonSchema();
writeFileSync(join(compiled, 'checklist-schema.json'), `${JSON.stringify(schema, null, 2)}\n`);
const ajv = new Ajv({ allErrors: false, strict: true, validateSchema: false, code: { source: true, optimize: false } });
const validate = ajv.compile(schema);
writeFileSync(join(compiled, 'validate-checklist.cjs'), standaloneCode(ajv, validate));

// 1b. bundled checklists as parsed data, keyed by id, with the size and mtime of each source file so a changed
// YAML file is noticed and parsed again
const { parse } = require('yaml');
const bundle = {};
for (const f of readdirSync(join(root, 'checklists')).filter((f) => f.endsWith('.yaml')).sort()) {
  const file = join(root, 'checklists', f);
  const st = statSync(file);
  bundle[f.replace(/\.yaml$/, '')] = { size: st.size, mtimeMs: st.mtimeMs, data: parse(readFileSync(file, 'utf8')) };
}
writeFileSync(join(compiled, 'checklists.json'), JSON.stringify(bundle));

// 1c. the literals every detector pattern requires (the sentence prefilter's gates), computed by running the
// detectors once over the examples and a synthetic manuscript that has every section kind
{
  rmSync(join(compiled, 'gates.json'), { force: true });
  rmSync(join(compiled, 'literal-index.bin'), { force: true });
  const { manuscriptFromString } = await import(join(root, 'dist/readers/index.js'));
  const { detectAll } = await import(join(root, 'dist/concepts/index.js'));
  const { computedLiterals } = await import(join(root, 'dist/concepts/core/prefilter.js'));
  const { classifyStudy } = await import(join(root, 'dist/study-type/classify.js'));
  const kinds = ['Abstract', 'Introduction', 'Methods', 'Results', 'Discussion', 'Funding', 'Competing interests', 'Data availability', 'Ethics', 'Acknowledgements', 'Limitations', 'Supplementary material', 'Appendix'];
  const synthetic = '# Title of a study\n\n' + kinds.map((k) => `## ${k}\n\nWe report it. Data were split. The model was trained.\n`).join('\n');
  const texts = [synthetic];
  for (const f of readdirSync(join(root, 'examples')).filter((f) => f.endsWith('.md'))) texts.push(readFileSync(join(root, 'examples', f), 'utf8'));
  for (const t of texts) {
    const ms = manuscriptFromString(t);
    detectAll(ms);
    classifyStudy(ms);
  }
  // and every pattern a concept spec declares, whether or not the texts reached it
  const { CONCEPTS } = await import(join(root, 'dist/concepts/index.js'));
  const { pattern } = await import(join(root, 'dist/concepts/core/pattern.js'));
  const [sentence] = manuscriptFromString(synthetic).sentences;
  for (const { spec } of CONCEPTS) {
    if (!spec) continue;
    const res = [...spec.rules.map((r) => r.re), ...(spec.traps ?? []), ...(spec.damp ?? []).map((d) => d.re), ...(spec.require ? [spec.require.pattern] : [])];
    for (const re of res) pattern(re).test(sentence);
  }
  const gatesText = JSON.stringify(computedLiterals);
  writeFileSync(join(compiled, 'gates.json'), gatesText);
  // 1d. the prefilter's literal index over those gates, saved as typed arrays: a run maps it instead of building
  // it (src/concepts/core/literal-index.ts)
  const { buildLiteralIndex, encodeLiteralIndex } = await import(join(root, 'dist/concepts/core/literal-index.js'));
  const gates = JSON.parse(gatesText);
  writeFileSync(join(compiled, 'literal-index.bin'), encodeLiteralIndex(buildLiteralIndex(gates), gates, gatesText));
}

// 2. the CLI bundle
const esbuild = require('esbuild');
// `yaml` is CommonJS spread over ~70 files: loading them costs a large share of a single check's start-up, and a
// check needs the package only for YAML front matter. The Markdown reader's static `import { parse } from 'yaml'`
// (the only one on the check path; the others sit in commands loaded on demand) becomes, in the bundle, a
// stand-in that requires the package on the first call. An export the stand-in lacks fails the build.
const lazyYaml = {
  name: 'lazy-yaml',
  setup(build) {
    build.onResolve({ filter: /^yaml$/ }, (args) =>
      args.namespace !== 'lazy-yaml' && /[\\/]readers[\\/]markdown\.ts$/.test(args.importer) ? { path: 'yaml', namespace: 'lazy-yaml' } : { path: 'yaml', external: true },
    );
    build.onLoad({ filter: /.*/, namespace: 'lazy-yaml' }, () => ({
      contents: "import { createRequire } from 'node:module'; let m; const y = () => (m ??= createRequire(import.meta.url)('yaml')); export const parse = (...a) => y().parse(...a); export const stringify = (...a) => y().stringify(...a);",
      loader: 'js',
      resolveDir: root,
    }));
  },
};
// Built-in modules that are not in Node's start-up snapshot are compiled when first loaded. Two that a check
// never uses are loaded on first use instead: node:child_process, which commander requires at load for
// executable subcommands (reportlint has none), and node:zlib, which only writes the .docx checklist
// (src/util/zip.ts). An export a stand-in lacks fails the build.
const lazyBuiltins = {
  name: 'lazy-builtins',
  setup(build) {
    build.onLoad({ filter: /[\\/]commander[\\/]lib[\\/]command\.js$/ }, (args) => {
      const src = readFileSync(args.path, 'utf8');
      const line = "const childProcess = require('node:child_process');";
      if (!src.includes(line)) throw new Error(`lazy-builtins: ${args.path} no longer requires node:child_process as expected`);
      return { contents: src.replace(line, "const childProcess = { spawn: (...a) => require('node:child_process').spawn(...a) };"), loader: 'js' };
    });
    build.onResolve({ filter: /^node:zlib$/ }, (args) =>
      args.namespace !== 'lazy-builtins' && /[\\/]util[\\/]zip\.ts$/.test(args.importer) ? { path: 'node:zlib', namespace: 'lazy-builtins' } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'lazy-builtins' }, () => ({
      contents: "import { createRequire } from 'node:module'; let m; const z = () => (m ??= createRequire(import.meta.url)('node:zlib')); export const deflateRawSync = (...a) => z().deflateRawSync(...a);",
      loader: 'js',
      resolveDir: root,
    }));
  },
};
rmSync(join(root, 'dist/bundle'), { recursive: true, force: true });
await esbuild.build({
  entryPoints: [join(root, 'src/cli/main.ts')],
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  outdir: join(root, 'dist/bundle'),
  external: ['pdfjs-dist', 'mammoth', 'ajv', 'yaml', 'esbuild', 'ink', 'react', 'react/jsx-runtime'],
  banner: { js: "import { createRequire as __reportlintRequire } from 'node:module'; const require = __reportlintRequire(import.meta.url);" },
  logLevel: 'warning',
  plugins: [lazyYaml, lazyBuiltins],
});
