// Compiles the TypeScript sources into out/: Node entry points as ES modules, the
// Electron main and preload as CommonJS (a sandboxed preload cannot be an ES module),
// and the browser runtime as classic scripts, because module scripts do not load
// from file:// and a built deck must open straight from disk.
import { readFileSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { build } from 'esbuild';

// Stale chunks from an earlier compile would otherwise linger and be packaged.
rmSync('out', { recursive: true, force: true });

const node = { platform: 'node', target: 'node20', bundle: true, packages: 'external', sourcemap: 'linked', logLevel: 'warning' };
const browser = { platform: 'browser', target: 'chrome120', bundle: true, format: 'iife', minify: true, logLevel: 'warning' };

// htmlparser2, domhandler, domutils, dom-serializer and entities ship both an ES-module
// and a CommonJS build. Our code imports them and sanitize-html require()s them, so a
// bundle would hold (and load, at every start) each of them twice: every require() of
// them is resolved to the ES-module build instead (~170 KB less to compile and run).
const oneCopyOfHtmlParser = {
  name: 'one-copy-of-html-parser',
  setup(b) {
    b.onResolve({ filter: /^(htmlparser2|domhandler|domutils|dom-serializer|domelementtype|entities)(\/.*)?$/ }, (args) =>
      args.kind === 'require-call' ? b.resolve(args.path, { kind: 'import-statement', resolveDir: args.resolveDir, importer: args.importer }) : undefined,
    );
  },
};

// sanitize-html require()s postcss (with source-map-js, ~220 KB) on load, but only calls it
// to parse style="" attributes, which most decks never have. It gets a stand-in whose
// parse() loads the real postcss on its first call. The check makes a sanitize-html
// update that uses postcss in another way fail the build instead of the deck.
const postcssOnFirstUse = {
  name: 'postcss-on-first-use',
  setup(b) {
    b.onResolve({ filter: /^postcss$/ }, async (args) => {
      if (!/[\\/]sanitize-html[\\/]/.test(args.importer)) return undefined;
      const source = readFileSync(args.importer, 'utf8');
      if (source.split("require('postcss')").length !== 2 || !source.includes("const { parse: postcssParse } = require('postcss');")) {
        throw new Error(`${args.importer} no longer uses postcss only through parse(); update postcssOnFirstUse in esbuild.config.mjs.`);
      }
      const real = await b.resolve('postcss', { kind: 'require-call', resolveDir: dirname(args.importer) });
      if (real.errors.length > 0) return { errors: real.errors };
      return { path: 'postcss', namespace: 'postcss-on-first-use', pluginData: real.path };
    });
    b.onLoad({ filter: /.*/, namespace: 'postcss-on-first-use' }, (args) => ({
      contents: `exports.parse = (...args) => require(${JSON.stringify(args.pluginData)}).parse(...args);`,
      loader: 'js',
      resolveDir: dirname(args.pluginData),
    }));
  },
};

// dom-serializer imports three escaping functions from its own (older) copy of entities,
// whose index also builds that version's HTML decoding tables at load (~4 ms of every
// start, for nothing). It is pointed at the module that defines those three functions.
const serializerEscapesOnly = {
  name: 'serializer-escapes-only',
  setup(b) {
    b.onResolve({ filter: /^entities$/ }, async (args) => {
      if (args.kind !== 'import-statement' || !/[\\/]dom-serializer[\\/]/.test(args.importer)) return undefined;
      if (!readFileSync(args.importer, 'utf8').includes('import { encodeXML, escapeAttribute, escapeText } from "entities";')) {
        throw new Error(`${args.importer} no longer imports just the three escaping functions from entities; update serializerEscapesOnly in esbuild.config.mjs.`);
      }
      return b.resolve('entities/lib/escape.js', { kind: 'import-statement', resolveDir: args.resolveDir, importer: args.importer });
    });
  },
};

await Promise.all([
  // The deck CLI is started for every build and check, so its start-up counts:
  //  - its npm dependencies are bundled in: loading one file is cheaper than resolving
  //    dozens of packages and scanning each CommonJS one for its exports (~30% of the CPU
  //    time of `deck build`). Kept outside: what reads files beside itself (subset-font's
  //    wasm) and what is large and only needed by one command (playwright-core, pdf-lib:
  //    required only when `deck export` runs, since the modules import()ing them are
  //    initialised on first use);
  //  - it is CommonJS (cli-main.cjs), run by a small ES-module launcher (cli.mjs, the
  //    `deck` bin) through V8's code cache, which Node 20 offers for scripts only (see
  //    src/cli/code-cache.ts). import() becomes require(): cached code loses the hook
  //    import() needs;
  //  - not minified: measured, it compiles no faster and runs its top level slower.
  build({
    ...node,
    packages: undefined,
    external: ['electron', 'playwright-core', 'pdf-lib', 'subset-font'],
    format: 'cjs',
    supported: { 'dynamic-import': false },
    banner: { js: "const __deckImportMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
    define: { 'import.meta.url': '__deckImportMetaUrl' },
    entryPoints: { 'cli-main': 'src/cli/main.ts' },
    plugins: [oneCopyOfHtmlParser, postcssOnFirstUse, serializerEscapesOnly],
    outdir: 'out',
    outExtension: { '.js': '.cjs' },
  }),
  build({ ...node, format: 'esm', entryPoints: { cli: 'src/cli/bin.ts' }, outdir: 'out', outExtension: { '.js': '.mjs' } }),
  build({ ...node, format: 'esm', splitting: true, chunkNames: 'chunks/[name]-[hash]', entryPoints: { start: 'src/cli/start.ts', bench: 'tests/bench/run.ts' }, outdir: 'out', outExtension: { '.js': '.mjs' } }),
  // The Electron main process gets its dependencies bundled too: several (marked) are
  // ES-module-only, which a CommonJS main could only require() by relying on Node's
  // require(esm). import.meta.url is given a CommonJS equivalent so shared modules in
  // src/ can locate files the same way in every bundle.
  build({
    ...node,
    packages: undefined,
    format: 'cjs',
    external: ['electron', 'playwright-core', 'subset-font'],
    banner: { js: "const __deckImportMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
    define: { 'import.meta.url': '__deckImportMetaUrl' },
    entryPoints: { main: 'electron/main.ts', preload: 'electron/preload.ts' },
    outdir: 'out/electron',
    outExtension: { '.js': '.cjs' },
  }),
  build({ ...browser, entryPoints: { deck: 'src/present/audience.ts', presenter: 'src/present/presenter.ts', editor: 'src/editor/main.ts' }, outdir: 'out/web' }),
]);
