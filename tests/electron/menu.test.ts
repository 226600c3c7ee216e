import { describe, expect, test, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';

vi.mock('electron', () => ({}));

const { buildMenuTemplate } = await import('../../electron/menu.js');
const { formatShortcuts, shortcuts } = await import('../../src/shell/shortcuts.js');
type MenuActions = import('../../electron/menu.js').MenuActions;

function actions(): MenuActions & Record<string, ReturnType<typeof vi.fn>> {
  const names = ['openDeck', 'openRecent', 'newDeck', 'editDeck', 'clearRecent', 'exportPdf', 'quit', 'presenterView', 'toggleFullScreen', 'blackScreen', 'swapDisplays', 'toggleSingleScreen', 'reload', 'showShortcuts'];
  return Object.fromEntries(names.map((n) => [n, vi.fn()])) as never;
}

function menu(template: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions[] {
  const found = template.find((m) => m.label === label);
  expect(found, `menu ${label}`).toBeDefined();
  return found!.submenu as MenuItemConstructorOptions[];
}

function item(items: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions {
  const found = items.find((i) => i.label === label);
  expect(found, `item ${label}`).toBeDefined();
  return found!;
}

const click = (i: MenuItemConstructorOptions): void => (i.click as () => void)();

describe('menu template (Linux/Windows)', () => {
  const a = actions();
  const template = buildMenuTemplate({ recent: ['/decks/q3', '/decks/kickoff'], singleScreen: true, platform: 'linux' }, a);

  test('File, View, Window and Help, in that order', () => {
    expect(template.map((m) => m.label ?? m.role)).toEqual(['File', 'View', 'windowMenu', 'Help']);
  });

  test('File has open, recent decks, export and quit, each wired to its action', () => {
    const file = menu(template, 'File');
    expect(item(file, 'Open Deck Folder…').accelerator).toBe('CmdOrCtrl+O');
    click(item(file, 'Open Deck Folder…'));
    expect(a.openDeck).toHaveBeenCalled();
    const recent = item(file, 'Open Recent').submenu as MenuItemConstructorOptions[];
    expect(recent.map((r) => r.label)).toEqual(['/decks/q3', '/decks/kickoff', undefined, 'Clear Recent']);
    click(recent[1]!);
    expect(a.openRecent).toHaveBeenCalledWith('/decks/kickoff');
    click(item(file, 'Export PDF…'));
    expect(a.exportPdf).toHaveBeenCalled();
    expect(item(file, 'New Deck…').accelerator).toBe('CmdOrCtrl+N');
    click(item(file, 'New Deck…'));
    expect(a.newDeck).toHaveBeenCalled();
    expect(item(file, 'Edit Deck').accelerator).toBe('CmdOrCtrl+Shift+E');
    click(item(file, 'Edit Deck'));
    expect(a.editDeck).toHaveBeenCalled();
    expect(item(file, 'Quit').accelerator).toBe('CmdOrCtrl+Q');
  });

  test('View has the presenting commands; page keys are shown but left to the page', () => {
    const view = menu(template, 'View');
    for (const [label, key] of [['Presenter View', 'S'], ['Full Screen', 'F'], ['Black Screen', 'B']] as const) {
      expect(item(view, label)).toMatchObject({ accelerator: key, registerAccelerator: false });
    }
    expect(item(view, 'Swap Displays').accelerator).toBe('CmdOrCtrl+Shift+D');
    expect(item(view, 'Single-Screen Mode')).toMatchObject({ type: 'checkbox', checked: true });
    expect(item(view, 'Reload').accelerator).toBe('CmdOrCtrl+R');
    click(item(view, 'Black Screen'));
    click(item(view, 'Swap Displays'));
    expect(a.blackScreen).toHaveBeenCalled();
    expect(a.swapDisplays).toHaveBeenCalled();
  });

  test('no two items register the same accelerator', () => {
    const registered = template
      .flatMap((m) => (Array.isArray(m.submenu) ? m.submenu : []))
      .filter((i) => i.accelerator && i.registerAccelerator !== false)
      .map((i) => i.accelerator);
    expect(new Set(registered).size).toBe(registered.length);
  });

  test('Help lists the keyboard shortcuts', () => {
    click(item(menu(template, 'Help'), 'Keyboard Shortcuts'));
    expect(a.showShortcuts).toHaveBeenCalled();
  });
});

test('with no recent decks, Open Recent says so', () => {
  const file = menu(buildMenuTemplate({ recent: [], singleScreen: false, platform: 'linux' }, actions()), 'File');
  expect((item(file, 'Open Recent').submenu as MenuItemConstructorOptions[])[0]).toMatchObject({ label: 'No Recent Decks', enabled: false });
});

test('macOS: app and edit menus, and no single-letter accelerators that would swallow the page keys', () => {
  const template = buildMenuTemplate({ recent: [], singleScreen: false, platform: 'darwin' }, actions());
  expect(template[0]).toEqual({ role: 'appMenu' });
  expect(template.some((m) => m.role === 'editMenu')).toBe(true);
  const view = menu(template, 'View');
  expect(item(view, 'Black Screen').accelerator).toBeUndefined();
  expect(menu(template, 'File').some((i) => i.label === 'Quit')).toBe(false);
});

test('the Help list is the page keys, then one line per shell command, and names every menu accelerator', () => {
  const lines = formatShortcuts().split('\n');
  expect(lines.map((l) => l.split(/ {3,}/)[0]!.trim())).toEqual([
    '→ ↓ Space PageDown',
    '← ↑ Shift+Space PageUp',
    'Home / End',
    'number, then Enter',
    'O or Esc',
    'B or .',
    'F',
    'S',
    'Ctrl+Shift+D (⌘⇧D)',
    'Ctrl+Shift+M (⌘⇧M)',
    'Ctrl+R (⌘R)',
    'Ctrl+O (⌘O)',
    'Ctrl+E (⌘E)',
    'Ctrl+N (⌘N)',
    'Ctrl+Shift+E (⌘⇧E)',
  ]);
  expect(text(lines, 'Ctrl+Shift+D')).toMatch(/swap displays/i);
  expect(text(lines, 'Ctrl+Shift+M')).toMatch(/single-screen mode/i);
  const template = buildMenuTemplate({ recent: [], singleScreen: false, platform: 'linux' }, actions());
  const accelerators = template.flatMap((m) => (Array.isArray(m.submenu) ? m.submenu : [])).map((i) => i.accelerator).filter((k): k is string => typeof k === 'string');
  // Quit and F1 (the Help itself) need no line; every other accelerator opens a line of its own.
  for (const accelerator of accelerators.filter((a) => a !== 'CmdOrCtrl+Q' && a !== 'F1')) {
    const shown = accelerator.replace('CmdOrCtrl', 'Ctrl');
    expect(shortcuts.filter((s) => s.keys === shown || s.keys.startsWith(`${shown} (`) || s.keys.split(' or ').includes(shown)), shown).toHaveLength(1);
  }
});

const text = (lines: string[], keys: string) => lines.find((l) => l.startsWith(`${keys} `)) ?? '';
