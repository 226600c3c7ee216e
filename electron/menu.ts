// The application menu as data: a pure function of the shell's state and its actions.
import type { MenuItemConstructorOptions } from 'electron';
import { keyFor } from '../src/present/keyboard.js';

export interface MenuActions {
  openDeck(): void;
  openRecent(path: string): void;
  newDeck(): void;
  editDeck(): void;
  clearRecent(): void;
  exportPdf(): void;
  quit(): void;
  presenterView(): void;
  toggleFullScreen(): void;
  blackScreen(): void;
  swapDisplays(): void;
  toggleSingleScreen(): void;
  reload(): void;
  showShortcuts(): void;
}

export interface MenuState {
  recent: readonly string[];
  singleScreen: boolean;
  platform: NodeJS.Platform;
}

/**
 * Keys the deck page handles itself (B, F, S) are shown beside their menu items but not
 * registered, so the key still reaches the page. macOS cannot show an accelerator without
 * registering it, which would swallow the key, so there the label carries no key and
 * Help → Keyboard Shortcuts lists it.
 */
function pageKey(key: string, platform: NodeJS.Platform): Partial<MenuItemConstructorOptions> {
  return platform === 'darwin' ? {} : { accelerator: key, registerAccelerator: false };
}

export function buildMenuTemplate(state: MenuState, actions: MenuActions): MenuItemConstructorOptions[] {
  const mac = state.platform === 'darwin';
  const recentItems: MenuItemConstructorOptions[] =
    state.recent.length === 0
      ? [{ label: 'No Recent Decks', enabled: false }]
      : [
          ...state.recent.map((path): MenuItemConstructorOptions => ({ label: path, click: () => actions.openRecent(path) })),
          { type: 'separator' },
          { label: 'Clear Recent', click: () => actions.clearRecent() },
        ];

  const file: MenuItemConstructorOptions = {
    label: 'File',
    submenu: [
      { label: 'Open Deck Folder…', accelerator: 'CmdOrCtrl+O', click: () => actions.openDeck() },
      { label: 'Open Recent', submenu: recentItems },
      { label: 'New Deck…', accelerator: 'CmdOrCtrl+N', click: () => actions.newDeck() },
      { label: 'Edit Deck', accelerator: 'CmdOrCtrl+Shift+E', click: () => actions.editDeck() },
      { type: 'separator' },
      { label: 'Export PDF…', accelerator: 'CmdOrCtrl+E', click: () => actions.exportPdf() },
      ...(mac ? [] : [{ type: 'separator' } as const, { label: 'Quit', accelerator: 'CmdOrCtrl+Q', click: () => actions.quit() }]),
    ],
  };

  const view: MenuItemConstructorOptions = {
    label: 'View',
    submenu: [
      { label: 'Presenter View', ...pageKey(keyFor('presenter'), state.platform), click: () => actions.presenterView() },
      { label: 'Full Screen', ...pageKey(keyFor('fullscreen'), state.platform), click: () => actions.toggleFullScreen() },
      { label: 'Black Screen', ...pageKey(keyFor('pause'), state.platform), click: () => actions.blackScreen() },
      { type: 'separator' },
      { label: 'Swap Displays', accelerator: 'CmdOrCtrl+Shift+D', click: () => actions.swapDisplays() },
      { label: 'Single-Screen Mode', type: 'checkbox', checked: state.singleScreen, accelerator: 'CmdOrCtrl+Shift+M', click: () => actions.toggleSingleScreen() },
      { type: 'separator' },
      { label: 'Reload', accelerator: 'CmdOrCtrl+R', click: () => actions.reload() },
    ],
  };

  const help: MenuItemConstructorOptions = {
    label: 'Help',
    submenu: [{ label: 'Keyboard Shortcuts', accelerator: 'F1', click: () => actions.showShortcuts() }],
  };

  return [
    ...(mac ? [{ role: 'appMenu' } as const] : []),
    file,
    // Copy and paste shortcuts on macOS only work through an Edit menu.
    ...(mac ? [{ role: 'editMenu' } as const] : []),
    view,
    { role: 'windowMenu' },
    help,
  ];
}
