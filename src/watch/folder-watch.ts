// A recursive folder watch made of one plain fs.watch per directory. Node 20's own
// `recursive: true` on Linux watches each file, so it too goes silent after an
// editor's rename-save (measured here); a directory's watch does not.
import { readdirSync, statSync, watch, type FSWatcher } from 'node:fs';
import { join } from 'node:path';

/** Directories never worth watching: hidden ones (.git) and installed packages. */
const skippedDir = /^\.|^node_modules$/;

export class FolderWatch {
  private readonly watchers = new Map<string, FSWatcher>();

  /**
   * @param root folder to watch, with its sub-folders
   * @param onChange called with the changed path relative to root ('' when unknown)
   * @param onError called when a directory's watch fails (e.g. the root was removed)
   */
  constructor(
    private readonly root: string,
    private readonly onChange: (relativePath: string) => void,
    private readonly onError: (error: Error) => void,
  ) {}

  start(): void {
    this.add('');
  }

  stop(): void {
    for (const w of this.watchers.values()) w.close();
    this.watchers.clear();
  }

  private add(dir: string): void {
    if (this.watchers.has(dir)) return;
    let w: FSWatcher;
    try {
      w = watch(join(this.root, dir), (_event, name) => {
        const path = name === null ? dir : dir ? `${dir}/${name.toString()}` : name.toString();
        if (name !== null) this.follow(path);
        this.onChange(path);
      });
    } catch (error) {
      // A folder that is missing (a bad path, or removed since it was listed) throws here
      // rather than emitting 'error'; it must reach the host the same way, not crash it.
      if (dir === '') this.onError(error as Error);
      return;
    }
    w.on('error', (error) => {
      w.close();
      this.watchers.delete(dir);
      if (dir === '') this.onError(error);
    });
    this.watchers.set(dir, w);
    for (const entry of safeReaddir(join(this.root, dir))) {
      if (entry.isDirectory() && !skippedDir.test(entry.name)) this.add(dir ? `${dir}/${entry.name}` : entry.name);
    }
  }

  /** A new sub-folder gets its own watch; a removed one loses it. */
  private follow(path: string): void {
    let isDir = false;
    try {
      isDir = statSync(join(this.root, path)).isDirectory();
    } catch {
      for (const [dir, w] of this.watchers) {
        if (dir !== '' && (dir === path || dir.startsWith(`${path}/`))) {
          w.close();
          this.watchers.delete(dir);
        }
      }
      return;
    }
    const base = path.slice(path.lastIndexOf('/') + 1);
    if (isDir && !skippedDir.test(base)) this.add(path);
  }
}

function safeReaddir(dir: string) {
  try {
    return readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
}
