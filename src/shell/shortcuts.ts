// The keyboard shortcuts, as data: Help → Keyboard Shortcuts shows this list. The page
// keys come from the presenting runtime's own map (src/present/keyboard.ts), so the
// help cannot drift from what the keys do; the shell adds its menu-only commands.
import { shortcuts as pageShortcuts } from '../present/keyboard.js';

export interface Shortcut {
  keys: string;
  action: string;
}

const shellShortcuts: readonly Shortcut[] = [
  { keys: 'Ctrl+Shift+D (⌘⇧D)', action: 'swap displays (audience ↔ presenter)' },
  { keys: 'Ctrl+Shift+M (⌘⇧M)', action: 'single-screen mode, for video calls' },
  { keys: 'Ctrl+R (⌘R)', action: 'reload the deck from disk' },
  { keys: 'Ctrl+O (⌘O)', action: 'open a deck folder' },
  { keys: 'Ctrl+E (⌘E)', action: 'export PDF' },
  { keys: 'Ctrl+N (⌘N)', action: 'new deck (a starter deck in a new or empty folder)' },
  { keys: 'Ctrl+Shift+E (⌘⇧E)', action: 'edit the deck (editor window)' },
];

export const shortcuts: readonly Shortcut[] = [...pageShortcuts, ...shellShortcuts];

export function formatShortcuts(list: readonly Shortcut[] = shortcuts): string {
  const width = Math.max(...list.map((s) => s.keys.length));
  return list.map((s) => `${s.keys.padEnd(width)}   ${s.action}`).join('\n');
}
