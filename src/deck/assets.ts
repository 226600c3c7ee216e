// Resolves the local files a slide uses (images, videos, backgrounds) for the renderer:
// relative to the slide's own file, confined to the deck folder (after following
// symlinks), each copied once under a stable content-hashed name.
import { createHash } from 'node:crypto';
import { basename, dirname, extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { closest, error } from './diagnostics.js';
import type { Asset, Diagnostic } from './model.js';
import type { ResolvedImage } from './render-context.js';

/** The disk, as the resolver needs it; load.ts provides the real one. */
export interface AssetDisk {
  /** Canonical path (symlinks followed), or null when nothing is there. */
  realpath(path: string): string | null;
  isFile(path: string): boolean;
  read(path: string): Uint8Array;
  list(dir: string): string[];
}

export interface AssetRequest {
  /** The slide's file: absolute, and as shown in diagnostics. */
  fileAbs: string;
  file: string;
  src: string;
  line: number;
  column: number;
}

export interface AssetResolver {
  resolve(request: AssetRequest): ResolvedImage | null;
  readonly assets: Asset[];
}

/** True for `https:`, `data:`, `//host` and the like: never a file in the deck. */
export function hasScheme(src: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(src) || src.startsWith('//');
}

export function createAssetResolver(root: string, disk: AssetDisk, report: (d: Diagnostic) => void): AssetResolver {
  const assets: Asset[] = [];
  const hrefs = new Set<string>();
  const byRealPath = new Map<string, ResolvedImage>();
  const listings = new Map<string, string[]>();

  const at = (r: AssetRequest) => ({ file: r.file, line: r.line, column: r.column });
  const shown = (abs: string) => relative(root, abs).split(sep).join('/');

  return {
    assets,
    resolve(request) {
      const src = request.src.trim();
      if (src === '' || src.startsWith('#') || hasScheme(src)) return null;
      let path = src.replace(/[?#].*$/, '');
      try {
        path = decodeURIComponent(path);
      } catch {
        /* keep it as written: a literal % in a file name */
      }
      // `/x.png` means the deck folder's x.png: the deck folder is the site root.
      const wanted = path.startsWith('/') ? join(root, path) : resolve(dirname(request.fileAbs), path);
      const real = disk.realpath(wanted);
      const outside = (p: string) => {
        const rel = relative(root, p);
        return rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel);
      };
      if (outside(wanted) || (real !== null && outside(real))) {
        report(
          error(
            at(request),
            'asset-outside-deck',
            `"${request.src}" points outside the deck folder${real && !outside(wanted) ? ' (through a symbolic link)' : ''}; it is not copied`,
            'Copy the file into the deck folder (e.g. an images/ subfolder) and link to it there, so the deck stays self-contained.',
          ),
        );
        return null;
      }
      if (real === null || !disk.isFile(real)) {
        const dir = dirname(wanted);
        let listing = listings.get(dir);
        if (!listing) listings.set(dir, (listing = disk.realpath(dir) ? safeList(disk, dir) : []));
        const guess = closest(basename(wanted), listing);
        report(
          error(
            at(request),
            'asset-missing',
            real === null ? `"${request.src}" not found (looked for ${shown(wanted)} in the deck folder)` : `"${request.src}" is a folder, not a file`,
            guess ? `Did you mean "${guess}"? File names are case-sensitive.` : `Put the file at ${shown(wanted)}, or fix the path (it is relative to ${request.file}).`,
          ),
        );
        return null;
      }
      const known = byRealPath.get(real);
      if (known) return known;
      const bytes = disk.read(real);
      const ext = extname(real).toLowerCase();
      const name = basename(real, extname(real)).replace(/[^\p{L}\p{N}._-]+/gu, '-') || 'file';
      const hash = createHash('sha256').update(bytes).digest('hex').slice(0, 8);
      const href = `media/${name}-${hash}${ext}`;
      if (!hrefs.has(href)) {
        hrefs.add(href);
        assets.push({ source: real, href });
      }
      const resolved: ResolvedImage = ext === '.svg' ? { href, svgText: new TextDecoder().decode(bytes) } : { href };
      byRealPath.set(real, resolved);
      return resolved;
    },
  };
}

function safeList(disk: AssetDisk, dir: string): string[] {
  try {
    return disk.list(dir);
  } catch {
    return [];
  }
}
