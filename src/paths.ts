// Where the app's own files are: the package root holds assets/, slides/ and, after
// `npm run compile`, out/web/ (the browser runtime). Works from src/ under vitest,
// from the esbuild bundles in out/, and from inside Electron's app.asar.
import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

function findPackageRoot(from: string): string {
  let dir = from;
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'deck-presenter') return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`cannot find the deck-presenter package above ${from}`);
    dir = parent;
  }
}

export const packageRoot = findPackageRoot(dirname(fileURLToPath(import.meta.url)));
export const packageJsonFile = join(packageRoot, 'package.json');
export const assetsDir = join(packageRoot, 'assets');
/** The app's own slide themes (projector.css…), by name before reveal.js's. */
export const themesDir = join(assetsDir, 'themes');
/** Stylesheets of the app's own pages and of the code line numbers. */
export const presenterCssFile = join(assetsDir, 'presenter.css');
export const editorCssFile = join(assetsDir, 'editor.css');
export const codeLinesCssFile = join(assetsDir, 'code-lines.css');
export const diagramsCssFile = join(assetsDir, 'diagrams.css');
/** Marp's and Slidev's look, over the reveal.js theme their theme maps to. */
export const dialectCssFiles = { marp: join(assetsDir, 'marp.css'), slidev: join(assetsDir, 'slidev.css') } as const;
export const bundledDeckDir = join(packageRoot, 'slides');
/** The compiled browser runtimes, written by esbuild.config.mjs. */
export const webDir = join(packageRoot, 'out', 'web');
export const runtimeFiles = { deck: join(webDir, 'deck.js'), presenter: join(webDir, 'presenter.js'), editor: join(webDir, 'editor.js') } as const;
/** reveal.js's npm package, hoisted beside ours (reveal.js is a dependency, so it is always installed). */
export const revealDistDir = join(packageRoot, 'node_modules', 'reveal.js', 'dist');
/** reveal.js's own themes (black.css, white.css…), usable by name from a deck's settings. */
export const revealThemeDir = join(revealDistDir, 'theme');
export const revealCssFile = join(revealDistDir, 'reveal.css');
/** highlight.js's styles (monokai.css, base16/zenburn.css…), for a deck's `highlightTheme`. */
export const highlightStylesDir = join(packageRoot, 'node_modules', 'highlight.js', 'styles');
/** KaTeX's stylesheet and fonts, shipped in decks with math (see src/site/math-assets.ts). */
export const katexDistDir = join(packageRoot, 'node_modules', 'katex', 'dist');
/** The bundled Chinese font, split by unicode-range (@fontsource/noto-sans-sc). */
export const notoSansScDir = join(packageRoot, 'node_modules', '@fontsource', 'noto-sans-sc');
/** Font subsets kept between offline builds (only the first build of new characters pays for subsetting). */
export const fontCacheDir = join(packageRoot, 'node_modules', '.cache', 'deck-fonts');
/** Electron's npm package, where its binary is looked for (`npm start`). */
export const electronPackageDir = join(packageRoot, 'node_modules', 'electron');
/**
 * Browser bundles copied from devDependencies by esbuild.config.mjs: mermaid's, shipped in
 * decks with diagrams (src/site/diagram-assets.ts). One file, where the package is 100 MB.
 */
export const vendorDir = join(packageRoot, 'out', 'vendor');
export const mermaidBundleFile = join(vendorDir, 'mermaid.min.js');

/**
 * Where the app keeps what it must never lose and never put in a deck: the editor's recovery
 * journal. Outside every deck folder, per user, in the platform's usual place;
 * DECK_STATE_DIR overrides it (tests, or a user who wants it elsewhere).
 */
export function userStateDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (env.DECK_STATE_DIR) return env.DECK_STATE_DIR;
  const home = env.HOME ?? env.USERPROFILE ?? homedir();
  if (platform === 'win32') return join(env.LOCALAPPDATA ?? join(home, 'AppData', 'Local'), 'Deck Presenter');
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', 'Deck Presenter');
  return join(env.XDG_STATE_HOME || join(home, '.local', 'state'), 'deck-presenter');
}
