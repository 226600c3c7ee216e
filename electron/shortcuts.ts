// The keyboard shortcuts, as data: Help → Keyboard Shortcuts shows this list, and the menu
// labels its items with the same keys.
export interface Shortcut {
  keys: string;
  action: string;
}

export const shortcuts: readonly Shortcut[] = [
  { keys: '→  ↓  Space  PageDown', action: 'Next slide or fragment (clickers send PageDown)' },
  { keys: '←  ↑  PageUp', action: 'Previous slide or fragment' },
  { keys: 'Home  /  End', action: 'First / last slide' },
  { keys: 'Number, then Enter', action: 'Jump to that slide' },
  { keys: 'O  /  Esc', action: 'Overview of all slides' },
  { keys: 'B  /  .', action: 'Black screen (press again to come back)' },
  { keys: 'F', action: 'Full screen' },
  { keys: 'S', action: 'Presenter view' },
  { keys: 'Ctrl+Shift+D (⌘⇧D)', action: 'Swap displays (audience ↔ presenter)' },
  { keys: 'Ctrl+Shift+M (⌘⇧M)', action: 'Single-screen mode, for video calls' },
  { keys: 'Ctrl+R (⌘R)', action: 'Reload the deck from disk' },
  { keys: 'Ctrl+O (⌘O)', action: 'Open a deck folder' },
  { keys: 'Ctrl+E (⌘E)', action: 'Export PDF' },
];

export function formatShortcuts(list: readonly Shortcut[] = shortcuts): string {
  const width = Math.max(...list.map((s) => s.keys.length));
  return list.map((s) => `${s.keys.padEnd(width)}   ${s.action}`).join('\n');
}
