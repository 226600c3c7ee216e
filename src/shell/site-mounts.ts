// What deck://app serves: the presented deck's site at the root, and short-lived extra
// sites (a PDF export's print build) under a random folder name, so printing uses the
// same protocol as presenting and never a loopback server.
import { randomBytes } from 'node:crypto';
import type { SiteContent, SiteLookup } from '../site/request.js';
import type { SiteFiles } from '../site/site.js';

export class SiteMounts implements SiteLookup {
  private root: SiteFiles = new Map();
  private readonly mounts = new Map<string, SiteFiles>();

  /** Replaces the presented site in one step (live reload, another deck opened). */
  setRoot(files: SiteFiles): void {
    this.root = files;
  }

  /** Serves `files` under an unguessable folder; returns that folder (ending in '/') and its removal. */
  mount(files: SiteFiles, token = randomBytes(12).toString('hex')): { prefix: string; unmount: () => void } {
    const name = `mount-${token}`;
    this.mounts.set(name, files);
    return { prefix: `${name}/`, unmount: () => this.mounts.delete(name) };
  }

  private split(path: string): [SiteFiles, string] {
    const slash = path.indexOf('/');
    const mounted = slash > 0 ? this.mounts.get(path.slice(0, slash)) : undefined;
    return mounted ? [mounted, path.slice(slash + 1)] : [this.root, path];
  }

  get(path: string): SiteContent | undefined {
    const [files, rest] = this.split(path);
    return files.get(rest);
  }
}
