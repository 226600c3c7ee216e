// Compiles the TypeScript sources into out/: Node entry points as ES modules, the
// Electron main and preload as CommonJS (a sandboxed preload cannot be an ES module),
// and the browser runtime as classic scripts, because module scripts do not load
// from file:// and a built deck must open straight from disk.
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { build } from 'esbuild';

// Stale chunks from an earlier compile would otherwise linger and be packaged.
rmSync('out', { recursive: true, force: true });

const node = { platform: 'node', target: 'node22', bundle: true, packages: 'external', sourcemap: 'linked', logLevel: 'warning' };
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

await Promise.all([
  // The deck CLI is started for every build and check, so its start-up counts:
  //  - its npm dependencies are bundled in: loading one file is cheaper than resolving
  //    dozens of packages and scanning each CommonJS one for its exports (~30% of the CPU
  //    time of `deck build`). Kept outside: what reads files beside itself (subset-font's
  //    wasm) and what is large and only needed by one command (playwright-core, pdf-lib:
  //    loaded only when `deck export` runs);
  //  - it is loaded by a small launcher (cli.mjs, the `deck` bin) that first turns on
  //    Node's compile cache (src/cli/bin.ts);
  //  - bundled CommonJS dependencies require() Node's own modules, which an ES module
  //    has no require() for: the banner gives it one;
  //  - not minified: measured, it compiles no faster and runs its top level slower.
  build({
    ...node,
    packages: undefined,
    external: ['electron', 'playwright-core', 'pdf-lib', 'subset-font', 'fontverter', 'pptxgenjs'],
    format: 'esm',
    banner: { js: "import { createRequire as __deckCreateRequire } from 'node:module';\nconst require = __deckCreateRequire(import.meta.url);" },
    entryPoints: { 'cli-main': 'src/cli/main.ts' },
    plugins: [oneCopyOfHtmlParser],
    // Each command's code is a chunk of its own, loaded by the command's import():
    // `deck build` does not load the server (node:http, whose ES-module facade alone loads
    // Node's fetch implementation), the PDF exporter or the editor.
    splitting: true,
    chunkNames: 'chunks/cli-[name]-[hash]',
    outdir: 'out',
    outExtension: { '.js': '.mjs' },
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
    external: ['electron', 'playwright-core', 'subset-font', 'fontverter'],
    banner: { js: "const __deckImportMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
    define: { 'import.meta.url': '__deckImportMetaUrl' },
    entryPoints: { main: 'electron/main.ts', preload: 'electron/preload.ts' },
    outdir: 'out/electron',
    outExtension: { '.js': '.cjs' },
  }),
  build({ ...browser, entryPoints: { deck: 'src/present/audience.ts', presenter: 'src/present/presenter.ts', editor: 'src/editor/main.ts' }, outdir: 'out/web' }),
]);

// mermaid's own browser bundle (one classic script, as file:// needs), copied rather than
// depended on: the app then carries this 5 MB file, not the package's 100 MB of modules.
// Decks with diagrams ship it (src/site/diagram-assets.ts).
mkdirSync('out/vendor', { recursive: true });
copyFileSync(createRequire(import.meta.url).resolve('mermaid/dist/mermaid.min.js'), 'out/vendor/mermaid.min.js');
