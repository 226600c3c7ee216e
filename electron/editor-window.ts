// File → Edit Deck: the same editor as `deck edit`, in a window of the app. Its server runs
// in this process on 127.0.0.1 below a secret path (src/serve/server.ts), so the editor,
// its journal and its save rules are the browser mode's, not a second copy. The window has
// no preload and no Node; every web contents is hardened by security.ts.
import { BrowserWindow, dialog } from 'electron';
import { startDeckServer, type DeckServer } from '../src/serve/server.js';
import { secureWebPreferences } from './windows.js';

let open: { path: string; window: BrowserWindow; server: DeckServer } | null = null;

/** Opens (or brings forward) the editor of the deck at `path`. */
export async function openEditorWindow(path: string): Promise<void> {
  if (open?.path === path && !open.window.isDestroyed()) return open.window.focus();
  open?.window.close();
  const server = await startDeckServer({ path, editor: {} });
  await server.ready;
  const window = new BrowserWindow({ width: 1400, height: 860, title: 'Edit deck', webPreferences: secureWebPreferences(undefined) });
  // The page asks before unloading with unsaved changes; Electron would cancel the close
  // silently, so the user is asked here.
  window.webContents.on('will-prevent-unload', (event) => {
    const leave = dialog.showMessageBoxSync(window, {
      type: 'question',
      buttons: ['Close without saving', 'Keep editing'],
      defaultId: 1,
      cancelId: 1,
      message: 'Some files have unsaved changes.',
      detail: 'They stay in the recovery journal and are offered again when you edit this deck next time.',
    });
    if (leave === 0) event.preventDefault();
  });
  window.on('closed', () => {
    void server.close();
    if (open?.window === window) open = null;
  });
  open = { path, window, server };
  await window.loadURL(server.editorUrl!);
}
