// A self-contained folder has every file its pages load. This finds references from the
// page (and stylesheets) to files that are not part of the site — e.g. an image the
// pipeline failed to copy — before they become a broken picture in front of an audience.
import type { SiteFiles } from '../site/site.js';

export interface DanglingReference {
  from: string;
  ref: string;
}

const loadingAttributes = /\s(?:src|poster|data|data-src|data-background-image|data-background-video|data-background-iframe|href)\s*=\s*("([^"]*)"|'([^']*)')/gi;

function decode(value: string): string {
  return value.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'");
}

function isLocal(ref: string): boolean {
  return ref !== '' && !/^([a-z][a-z0-9+.-]*:|#|\/\/)/i.test(ref);
}

function join(fromFile: string, ref: string): string {
  const base = fromFile.includes('/') ? fromFile.slice(0, fromFile.lastIndexOf('/') + 1) : '';
  const parts: string[] = [];
  for (const part of (base + ref.split(/[?#]/)[0]).split('/')) {
    if (part === '..') parts.pop();
    else if (part !== '.' && part !== '') parts.push(part);
  }
  return parts.map((p) => decodeURIComponent(p)).join('/');
}

export function findDanglingReferences(files: SiteFiles): DanglingReference[] {
  const found: DanglingReference[] = [];
  const check = (from: string, ref: string) => {
    if (isLocal(ref) && !files.has(join(from, ref))) found.push({ from, ref });
  };
  for (const [path, content] of files) {
    if (!/\.(html|css)$/.test(path)) continue;
    const text = typeof content === 'string' ? content : Buffer.from(content).toString('utf8');
    if (path.endsWith('.html')) {
      for (const tag of text.matchAll(/<(?:img|script|link|source|video|audio|iframe|object|embed|section|image|use|track)\b[^>]*>/gi)) {
        for (const m of tag[0].matchAll(loadingAttributes)) check(path, decode(m[2] ?? m[3] ?? ''));
      }
    } else {
      for (const m of text.matchAll(/url\(\s*(?:"([^"]*)"|'([^']*)'|([^)\s]*))\s*\)/g)) check(path, m[1] ?? m[2] ?? m[3] ?? '');
    }
  }
  return found;
}
