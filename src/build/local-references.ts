// A self-contained folder has every file its pages load. This finds what the site loads
// (src/build/site-loads.ts) from files that are not part of it — e.g. an image the
// pipeline failed to copy — before they become a broken picture in front of an audience.
import type { SiteFiles } from '../site/site.js';
import { classifyUrl } from '../deck/markdown/urls.js';
import { siteLoads, type SiteLoad } from './site-loads.js';

export interface DanglingReference {
  from: string;
  ref: string;
}

function decodePart(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part; // a stray % is a character of the name
  }
}

function join(fromFile: string, ref: string): string {
  const base = fromFile.includes('/') ? fromFile.slice(0, fromFile.lastIndexOf('/') + 1) : '';
  const parts: string[] = [];
  for (const part of (base + ref.split(/[?#]/)[0]).split('/')) {
    if (part === '..') parts.pop();
    else if (part !== '.' && part !== '') parts.push(part);
  }
  return parts.map(decodePart).join('/');
}

/** `loads`: the site's loads when the caller has them already (see findRemoteUrls). */
export function findDanglingReferences(files: SiteFiles, loads: readonly SiteLoad[] = siteLoads(files)): DanglingReference[] {
  const found: DanglingReference[] = [];
  for (const { path, url } of loads) {
    if (classifyUrl(url) === 'local' && !files.has(join(path, url))) found.push({ from: path, ref: url });
  }
  return found;
}
