#!/usr/bin/env node
// `npm run build`, after tsc: bundles the command line into a few files, so that a run starts fast.
// A script that calls sk-check once per file pays the start every time, and loading ~150 small ES
// modules (resolving, reading, compiling each) was most of a small input's run.
//
// In:  dist/cli/main.js and the worker entries, as tsc wrote them (the library, dist/index.js, and its
//      types stay as they are: importers bundle or not as they like).
// Out: dist/sk-check.js (what bin/sk-check.js loads), dist/worker.js, dist/roster-worker.js and
//      dist/xlsx-worker.js (the worker processes and threads it starts), and dist/sk-check-*.js: code
//      loaded only when an input needs it (the PDF engine's glue, HTML, the zod schemas of `schema`
//      and `merge`), split out by esbuild so that a CSV run never parses it.
// Every output sits in dist/ itself: the code finds package.json (`../package.json`) and its workers
// (`./worker.js`) relative to its own file, as it does from dist/cli/main.js and dist/batch/batch.js.
// Packages stay external when they are big and loaded late (pdf.js, exceljs, OCR); the small ones
// every run loads are bundled in, and so is PDFium's glue, which every decree loads.
import { readdirSync, rmSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { build } from 'esbuild';

const DIST = new URL('../dist/', import.meta.url).pathname;
const CHUNK_PREFIX = 'sk-check-';

// Chunks of an earlier build would stay beside the new ones: remove them first.
for (const file of readdirSync(DIST))
  if (file.startsWith(CHUNK_PREFIX) && file.endsWith('.js')) rmSync(join(DIST, file));

// Node's own modules are taken with require(), not imported: an ES import of one builds its ES facade,
// which reads every export, getters included. `import { readFileSync } from 'node:fs'` then loaded
// fs's streams (and with them all of node:stream), `import process from 'node:process'` opened
// standard input and listed the allowed NODE_OPTIONS flags: ~25 ms of a 12-row CSV's run. Given as
// CommonJS, esbuild reads each export where it is used, and only when.
const BUILTINS = new Set(builtinModules);
// Required at load by a bundled package, used by it only now and then: loaded when first used.
// commander requires child_process for subcommands that are programs of their own, which sk-check
// has none of (~10 ms of a 12-row CSV's start). An object of getters stands in for the module.
const LOADED_ON_USE = new Set(['node:child_process']);
const requireBuiltins = {
  name: 'require-builtins',
  setup(bundle) {
    bundle.onResolve({ filter: /^[a-z_/:]+$/ }, ({ path, namespace, kind }) => {
      const name = path.replace(/^node:/, '');
      if (!BUILTINS.has(name)) return undefined;
      // `await import('module')` (PDFium's glue) wants the ES namespace, `createRequire` and all.
      if (kind === 'dynamic-import') return { path: `node:${name}`, external: true };
      // The require() in the stand-in below is Node's own (the banner's).
      return namespace === 'builtin'
        ? { path, external: true }
        : { path: `node:${name}`, namespace: 'builtin' };
    });
    bundle.onLoad({ filter: /.*/, namespace: 'builtin' }, ({ path }) => ({
      contents: LOADED_ON_USE.has(path)
        ? `const names = ${JSON.stringify(Object.keys(process.getBuiltinModule(path)))};
           for (const name of names)
             Object.defineProperty(module.exports, name, { enumerable: true, get: () => require(${JSON.stringify(path)})[name] });`
        : `module.exports = require(${JSON.stringify(path)});`,
      loader: 'js',
    }));
  },
};

// chalk detects the terminal's colours when loaded (node:tty, node:os, the environment), for its
// default instance; sk-check decides colour itself (report-writer.ts's useColor) and makes its own
// instances with an explicit level, so the detection is replaced by "no colour" and never runs.
const noColourDetection = {
  name: 'no-colour-detection',
  setup(bundle) {
    bundle.onResolve({ filter: /^#supports-color$/ }, () => ({ path: 'supports-color', namespace: 'stub' }));
    bundle.onLoad({ filter: /.*/, namespace: 'stub' }, () => ({
      contents:
        'export const stdout = false; export const stderr = false; export default { stdout, stderr };',
      loader: 'js',
    }));
  },
};

await build({
  plugins: [requireBuiltins, noColourDetection],
  entryPoints: {
    'sk-check': join(DIST, 'cli', 'main.js'),
    worker: join(DIST, 'batch/worker.js'),
    'roster-worker': join(DIST, 'roster/roster-worker.js'),
    'xlsx-worker': join(DIST, 'sources/xlsx-worker.js'),
  },
  outdir: DIST,
  chunkNames: `${CHUNK_PREFIX}[hash]`,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // PDFium's Emscripten glue (~300 KB) is bundled into the PDF reader's chunk, whitespace dropped:
  // a cold decree then resolves one package fewer and parses a third less of it (its .wasm is
  // still read from the package: pdfium.ts hands the glue the bytes).
  external: ['pdfjs-dist', 'exceljs', 'tesseract.js', '@tesseract.js-data/*'],
  // Bundled CommonJS packages (commander) call require() for Node's own modules: give them one.
  banner: {
    js: "import { createRequire as __skCreateRequire } from 'node:module'; const require = __skCreateRequire(import.meta.url);",
  },
  // Names kept (stacks printed by --debug stay readable), blanks and comments dropped: less to read
  // and parse at every start.
  minifyWhitespace: true,
  minifySyntax: true,
  legalComments: 'eof',
  logLevel: 'warning',
});
