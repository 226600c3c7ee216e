// The presenting keys, pressed one by one: each does exactly what the Help list says.
import { expect, test } from 'vitest';
import type { Command } from '../../src/present/commands.js';
import { KeyboardController, shortcuts } from '../../src/present/keyboard.js';

function keyboard() {
  const target = new EventTarget();
  const ran: Command[] = [];
  new KeyboardController((command) => ran.push(command), target as unknown as Window).start();
  const press = (key: string, mods: { shiftKey?: boolean; ctrlKey?: boolean } = {}): Command | undefined => {
    const before = ran.length;
    target.dispatchEvent(Object.assign(new Event('keydown', { cancelable: true }), { key, shiftKey: false, ctrlKey: false, metaKey: false, altKey: false, ...mods }));
    return ran.length > before ? ran[ran.length - 1] : undefined;
  };
  return press;
}

test('every key does what the Help list says, and nothing else is bound', () => {
  const press = keyboard();
  const table: [string, boolean, Command['type'] | undefined][] = [
    ['ArrowRight', false, 'right'],
    ['ArrowDown', false, 'down'],
    [' ', false, 'next'],
    ['PageDown', false, 'next'],
    ['ArrowLeft', false, 'left'],
    ['ArrowUp', false, 'up'],
    [' ', true, 'prev'],
    ['PageUp', false, 'prev'],
    ['Home', false, 'first'],
    ['End', false, 'last'],
    ['Enter', false, 'enter'],
    ['o', false, 'overview'],
    ['O', true, 'overview'],
    ['Escape', false, 'overview'],
    ['b', false, 'pause'],
    ['B', true, 'pause'],
    ['.', false, 'pause'],
    ['f', false, 'fullscreen'],
    ['F', true, 'fullscreen'],
    ['s', false, 'presenter'],
    ['S', true, 'presenter'],
    ['ArrowRight', true, 'right'],
    ['d', false, undefined],
    ['Tab', false, undefined],
  ];
  for (const [key, shiftKey, type] of table) expect(press(key, { shiftKey })?.type, `${shiftKey ? 'Shift+' : ''}${key}`).toBe(type);
  expect(press('s', { ctrlKey: true }), 'Ctrl+S is the shell’s, not the page’s').toBeUndefined();

  expect(shortcuts).toEqual([
    { keys: '→ ↓ Space PageDown', action: expect.stringMatching(/^next step/) },
    { keys: '← ↑ Shift+Space PageUp', action: 'previous step' },
    { keys: 'Home / End', action: 'first / last slide' },
    { keys: 'number, then Enter', action: 'jump to slide n' },
    { keys: 'O or Esc', action: expect.stringMatching(/^overview/) },
    { keys: 'B or .', action: 'black screen on/off' },
    { keys: 'F', action: 'full screen' },
    { keys: 'S', action: 'open the presenter view' },
  ]);
});

test('a number, then Enter, jumps to that slide; Enter alone leaves the overview', () => {
  const press = keyboard();
  expect(press('1')).toBeUndefined();
  expect(press('2')).toBeUndefined();
  expect(press('Enter')).toEqual({ type: 'goto', n: 12 });
  expect(press('Enter')).toEqual({ type: 'enter' });
  expect(press('0')).toBeUndefined();
  expect(press('Enter'), 'slide 0 does not exist').toEqual({ type: 'enter' });
});
