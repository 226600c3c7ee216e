// Where a theme name leads: the app's own theme of that name (assets/themes/), else
// reveal.js's, each by the .css files installed; a highlight.js style by its file in
// highlight.js's styles/. One definition for the loader, which checks a deck's settings
// against these names, and the site builder, which reads the file a name leads to.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { highlightStylesDir, revealThemeDir, themesDir } from './paths.js';

/** `.css` files of a folder (and, one level down, of its subfolders: highlight.js's base16/) as names. */
function cssNames(dir: string, sub = ''): string[] {
  try {
    return readdirSync(join(dir, sub), { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() && !sub ? cssNames(dir, e.name) : e.name.endsWith('.css') && !e.name.endsWith('.min.css') ? [`${sub ? `${sub}/` : ''}${e.name.slice(0, -4)}`] : [],
    );
  } catch {
    return [];
  }
}

export interface ThemeNames {
  /** The app's own slide themes. */
  own: readonly string[];
  /** reveal.js's themes, usable by name. */
  reveal: readonly string[];
  /** highlight.js's styles, for `highlightTheme`. */
  highlight: readonly string[];
}

// The installed files do not change while the app runs.
let names: ThemeNames | undefined;

export function themeNames(): ThemeNames {
  return (names ??= { own: cssNames(themesDir).filter((n) => !n.includes('/')), reveal: cssNames(revealThemeDir).filter((n) => !n.includes('/')), highlight: cssNames(highlightStylesDir) });
}

export interface ThemeFile {
  path: string;
  /** reveal.js's themes load web fonts from the network, which the site builder takes out. */
  from: 'own' | 'reveal';
}

/** The file a slide theme's name leads to; null when there is no such theme. */
export function themeFile(name: string): ThemeFile | null {
  const { own, reveal } = themeNames();
  if (own.includes(name)) return { path: join(themesDir, `${name}.css`), from: 'own' };
  if (reveal.includes(name)) return { path: join(revealThemeDir, `${name}.css`), from: 'reveal' };
  return null;
}

/** The file of a highlight.js style's name (`monokai`, `base16/zenburn`); null when there is none. */
export function highlightStyleFile(name: string): string | null {
  return themeNames().highlight.includes(name) ? join(highlightStylesDir, `${name}.css`) : null;
}
