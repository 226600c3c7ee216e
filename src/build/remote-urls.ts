// The offline build's promise is that nothing is fetched from the network: of every URL
// the site loads (src/build/site-loads.ts), none may be remote. Links, namespace names and
// text on slides are not loads and may name any address.
import { classifyUrl } from '../deck/markdown/urls.js';
import type { SiteFiles } from '../site/site.js';
import { siteLoads, type SiteLoad } from './site-loads.js';

export interface RemoteUrl {
  path: string;
  url: string;
}

/** `loads`: the site's loads when the caller has them already (reading them parses every page). */
export function findRemoteUrls(files: SiteFiles, loads: readonly SiteLoad[] = siteLoads(files)): RemoteUrl[] {
  const seen = new Set<string>();
  const found: RemoteUrl[] = [];
  for (const { path, url } of loads) {
    if (classifyUrl(url) !== 'remote' || seen.has(`${path}\n${url}`)) continue;
    seen.add(`${path}\n${url}`);
    found.push({ path, url });
  }
  return found;
}
