// Resolves the local files a slide uses (images, videos, backgrounds) for the renderer:
// relative to the slide's own file, confined to the deck folder (after following
// symlinks), only media types, each copied once under a stable content-hashed name.
import { createHash } from 'node:crypto';
import { basename, dirname, extname, join, relative, resolve, sep } from 'node:path';
import { mediaFileLimit, sizeText, type DeckFileRead } from './deck-file.js';
import { closest, error, warning } from './diagnostics.js';
import { standaloneSvg } from './markdown/svg.js';
import { looksLikeImage, mediaKind, mediaKindsText } from './media-types.js';
import type { Asset, Diagnostic, DiagnosticCode } from './model.js';
import type { ResolvedImage } from './render-context.js';

/** The disk, as the resolver needs it; load.ts provides the real one. */
export interface AssetDisk {
  /** A regular file inside `root`, at most `limit` bytes (readDeckFile in deck-file.ts). */
  read(root: string, path: string, limit: number): DeckFileRead;
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
      const refuse = (code: DiagnosticCode, message: string, hint: string) => {
        report(error(at(request), code, message, hint));
        return null;
      };
      if (mediaKind(wanted) === null) {
        return refuse('asset-type-not-copied', `"${request.src}" is not copied into the deck: ${mediaKindsText}`, 'Link to it instead of showing it ([text](file)), or convert it to an image, audio or video file.');
      }
      const read = disk.read(root, wanted, mediaFileLimit);
      if (!read.ok) {
        const problem = read.problem;
        switch (problem.kind) {
          case 'outside':
            return refuse(
              'asset-outside-deck',
              `"${request.src}" points outside the deck folder${problem.through === 'link' ? ' (through a symbolic link)' : ''}; it is not copied`,
              'Copy the file into the deck folder (e.g. an images/ subfolder) and link to it there, so the deck stays self-contained.',
            );
          case 'missing': {
            const dir = dirname(wanted);
            let listing = listings.get(dir);
            if (!listing) listings.set(dir, (listing = safeList(disk, dir)));
            const guess = closest(basename(wanted), listing);
            return refuse(
              'asset-missing',
              `"${request.src}" not found (looked for ${shown(wanted)} in the deck folder)`,
              guess ? `Did you mean "${guess}"? File names are case-sensitive.` : `Put the file at ${shown(wanted)}, or fix the path (it is relative to ${request.file}).`,
            );
          }
          case 'folder':
            return refuse('asset-missing', `"${request.src}" is a folder, not a file`, `Point at a file inside it (the path is relative to ${request.file}).`);
          case 'special':
            return refuse('asset-not-regular', `"${request.src}" is ${problem.type}, not a regular file; it is not read`, 'Replace it with the media file itself.');
          case 'too-large':
            return refuse('asset-too-large', `"${request.src}" is ${sizeText(problem.size)}, more than the ${sizeText(problem.limit)} a deck file may have; it is not copied`, 'Compress it (a lower resolution or bit rate) and refer to the smaller file.');
          case 'unreadable':
            return refuse('asset-unreadable', `"${request.src}" cannot be read: ${problem.reason}`, `Check that ${shown(wanted)} is readable by you (permissions, a file still being copied), then check again.`);
        }
      }
      const real = read.real;
      const known = byRealPath.get(real);
      if (known) return known;
      const bytes = read.bytes;
      const ext = extname(real).toLowerCase();
      if (mediaKind(real) === 'image' && ext !== '.svg' && !looksLikeImage(bytes)) {
        report(
          warning(
            at(request),
            'asset-not-image',
            `"${request.src}" is not an image: its content is no ${ext.slice(1).toUpperCase()} or other picture format a browser shows; it is not copied`,
            'Export the picture again from the program that made it, or fix the file name.',
          ),
        );
        return null;
      }
      const svgText = ext === '.svg' ? new TextDecoder().decode(bytes) : undefined;
      const name = basename(real, extname(real)).replace(/[^\p{L}\p{N}._-]+/gu, '-') || 'file';
      const hash = createHash('sha256').update(bytes).digest('hex').slice(0, 8);
      const href = `media/${name}-${hash}${ext}`;
      if (!hrefs.has(href)) {
        hrefs.add(href);
        // A deck's SVG is copied sanitised: opened alone, it is a page that could run script.
        assets.push(svgText === undefined ? { source: real, href } : { source: real, href, content: standaloneSvg(svgText) });
      }
      const resolved: ResolvedImage = svgText === undefined ? { href } : { href, svgText };
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
