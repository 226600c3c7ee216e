// What the menu items and a second launch do: opening decks (with recent decks), PDF
// export, and the help dialog. Everything that needs a dialog lives here so the other
// modules stay free of UI.
import { existsSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { app, dialog, Menu } from 'electron';
import type { Diagnostic } from '../src/deck/model.js';
import type { LiveDeck } from '../src/live/live-deck.js';
import { createStarterDeck } from '../src/edit/new-deck.js';
import { exportPdf } from '../src/export/pdf.js';
import { defaultPdfOptions } from '../src/export/options.js';
import { openEditorWindow } from './editor-window.js';
import { buildMenuTemplate, type MenuActions } from './menu.js';
import { ElectronPageRenderer } from './pdf.js';
import type { Presentation } from './presentation.js';
import { addRecent, pruneRecent } from '../src/shell/recent.js';
import { formatShortcuts } from '../src/shell/shortcuts.js';
import type { SiteMounts } from '../src/shell/site-mounts.js';
import type { ShellState } from '../src/shell/state.js';

export interface CommandDeps {
  live: LiveDeck;
  presentation: Presentation;
  mounts: SiteMounts;
  state: ShellState;
  saveState(): void;
}

function describe(diagnostics: readonly Diagnostic[]): string {
  return diagnostics
    .slice(0, 8)
    .map((d) => `${d.file}:${d.line}:${d.column}: ${d.message}\n  ${d.hint}`)
    .join('\n');
}

export class Commands implements MenuActions {
  /** The path the current deck was opened from (a folder, or a single-file deck). */
  private currentPath: string | undefined;

  constructor(private readonly deps: CommandDeps) {}

  refreshMenu(): void {
    const { state } = this.deps;
    state.recent = pruneRecent(state.recent, existsSync);
    Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate({ recent: state.recent, singleScreen: state.singleScreen, platform: process.platform }, this)));
  }

  /** Presents the deck at `path`; on failure says why and keeps what was on screen. */
  async present(path: string): Promise<boolean> {
    const { live, presentation, state } = this.deps;
    const hadDeck = live.deck !== null;
    const result = await live.open(path);
    if (!result.ok) {
      dialog.showErrorBox('This deck cannot be opened', `${path}\n\n${describe(result.diagnostics)}`);
      return false;
    }
    this.currentPath = path;
    state.recent = addRecent(state.recent, path);
    this.deps.saveState();
    this.refreshMenu();
    presentation.show(result.deck.config.title || basename(path));
    if (hadDeck) presentation.reloadPages();
    return true;
  }

  openDeck(): void {
    const owner = this.deps.presentation.focused();
    const options: Electron.OpenDialogOptions = { title: 'Open Deck Folder', properties: ['openDirectory'] };
    void (owner ? dialog.showOpenDialog(owner, options) : dialog.showOpenDialog(options)).then(async ({ canceled, filePaths }) => {
      if (!canceled && filePaths[0]) await this.present(filePaths[0]);
    });
  }

  /** Asks for a new or empty folder, writes the starter deck there, presents it and opens its editor. */
  newDeck(): void {
    const owner = this.deps.presentation.focused();
    const options: Electron.OpenDialogOptions = { title: 'New Deck: choose a new or empty folder', properties: ['openDirectory', 'createDirectory'] };
    void (owner ? dialog.showOpenDialog(owner, options) : dialog.showOpenDialog(options)).then(async ({ canceled, filePaths }) => {
      const dir = filePaths[0];
      if (canceled || !dir) return;
      try {
        createStarterDeck(dir);
      } catch (error) {
        return dialog.showErrorBox('No deck was created', error instanceof Error ? error.message : String(error));
      }
      if (await this.present(dir)) this.editDeck();
    });
  }

  /** The editor of the deck on screen, in a window of its own. */
  editDeck(): void {
    if (!this.currentPath) return;
    void openEditorWindow(this.currentPath).catch((error: unknown) => dialog.showErrorBox('The editor could not be opened', error instanceof Error ? error.message : String(error)));
  }

  openRecent(path: string): void {
    void this.present(path);
  }

  clearRecent(): void {
    this.deps.state.recent = [];
    this.deps.saveState();
    this.refreshMenu();
  }

  exportPdf(): void {
    const deck = this.deps.live.deck;
    if (!deck) return;
    const owner = this.deps.presentation.focused();
    const options: Electron.SaveDialogOptions = {
      title: 'Export PDF',
      defaultPath: join(app.getPath('documents'), `${deck.config.title || basename(deck.root)}.pdf`),
      filters: [{ name: 'PDF', extensions: ['pdf'] }],
    };
    void (owner ? dialog.showSaveDialog(owner, options) : dialog.showSaveDialog(options)).then(async ({ canceled, filePath }) => {
      if (canceled || !filePath) return;
      const renderer = new ElectronPageRenderer(this.deps.mounts);
      try {
        const pdf = await exportPdf(deck, defaultPdfOptions, renderer);
        writeFileSync(filePath, pdf);
      } catch (error) {
        dialog.showErrorBox('PDF export failed', error instanceof Error ? error.message : String(error));
      } finally {
        await renderer.close();
      }
    });
  }

  quit(): void {
    app.quit();
  }

  presenterView(): void {
    this.deps.presentation.open('presenter');
  }

  toggleFullScreen(): void {
    this.deps.presentation.toggleFullScreen();
  }

  blackScreen(): void {
    this.deps.presentation.blackScreen();
  }

  swapDisplays(): void {
    this.deps.presentation.swapDisplays();
  }

  toggleSingleScreen(): void {
    this.deps.presentation.toggleSingleScreen();
    this.refreshMenu();
  }

  reload(): void {
    if (this.currentPath) void this.present(this.currentPath);
  }

  showShortcuts(): void {
    const owner = this.deps.presentation.focused();
    const options: Electron.MessageBoxOptions = { type: 'info', title: 'Keyboard Shortcuts', message: 'Keyboard Shortcuts', detail: formatShortcuts() };
    void (owner ? dialog.showMessageBox(owner, options) : dialog.showMessageBox(options));
  }
}
