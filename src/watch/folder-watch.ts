// A recursive folder watch made of one plain fs.watch per directory. Node 20's own
// `recursive: true` on Linux watches each file, so it too goes silent after an
// editor's rename-save (measured here); a directory's watch does not.
//
// A directory's watch is bound to the directory, not to its name: once the deck folder
// is deleted (`git checkout` of another branch, `rm -r` and a fresh copy) its watch is
// dead for good. So the parent folder is watched too, for the root's name only, and a
// root that comes back (another directory under the same name) is watched afresh.
import { readdirSync, statSync, watch, type FSWatcher } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** Directories never worth watching: hidden ones (.git) and installed packages. */
const skippedDir = /^\.|^node_modules$/;

export class FolderWatch {
  private readonly watchers = new Map<string, FSWatcher>();
  private parentWatch: FSWatcher | null = null;
  private stopped = true;

  /**
   * @param root folder to watch, with its sub-folders
   * @param onChange called with the changed path relative to root ('' when unknown, or the root itself went or came back)
   * @param onError called when the root's watch fails for another reason than its removal
   */
  constructor(
    private readonly root: string,
    private readonly onChange: (relativePath: string) => void,
    private readonly onError: (error: Error) => void,
  ) {}

  start(): void {
    this.stopped = false;
    this.arm();
    this.watchParent();
  }

  stop(): void {
    this.stopped = true;
    this.disarm();
    this.parentWatch?.close();
    this.parentWatch = null;
  }

  private arm(): void {
    if (isDirectory(this.root)) this.add('');
  }

  private disarm(): void {
    for (const w of this.watchers.values()) w.close();
    this.watchers.clear();
  }

  private watchParent(): void {
    const name = basename(this.root);
    try {
      this.parentWatch = watch(dirname(this.root), (_event, changed) => {
        if (changed === null || changed.toString() === name) this.rootMoved();
      });
      // A parent that cannot be watched (removed too, no permission): the root's own watch still works.
      this.parentWatch.on('error', () => {
        this.parentWatch?.close();
        this.parentWatch = null;
      });
    } catch {
      this.parentWatch = null;
    }
  }

  /**
   * The root's entry changed in its parent: removed, re-created, renamed over. Always
   * re-armed: by the time the event is read the root may already be a new directory,
   * even one with the old inode number.
   */
  private rootMoved(): void {
    if (this.stopped) return;
    this.disarm();
    this.arm();
    this.onChange('');
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
      // Throws rather than emitting 'error' (removed since it was listed): never a crash. A
      // missing root is the parent watch's business; any other failure reaches the host.
      if (dir === '' && isDirectory(this.root)) this.onError(error as Error);
      return;
    }
    w.on('error', (error) => {
      w.close();
      if (this.watchers.get(dir) === w) this.watchers.delete(dir);
      if (dir === '' && isDirectory(this.root)) this.onError(error);
      else if (dir === '') this.onChange('');
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

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function safeReaddir(dir: string) {
  try {
    return readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
}
