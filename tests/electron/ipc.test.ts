import { describe, expect, test, vi } from 'vitest';

// ipcMain/ipcRenderer/contextBridge stand-ins: record what main listens to and what the preload exposes.
const ipcMainHandlers = new Map<string, (event: unknown, ...args: unknown[]) => void>();
const rendererHandlers = new Map<string, ((event: unknown, payload: unknown) => void)[]>();
const exposed: Record<string, unknown> = {};
vi.mock('electron', () => ({
  ipcMain: { on: (channel: string, handler: (event: unknown, ...args: unknown[]) => void) => ipcMainHandlers.set(channel, handler) },
  ipcRenderer: {
    send: vi.fn(),
    on: (channel: string, handler: (event: unknown, payload: unknown) => void) => rendererHandlers.set(channel, [...(rendererHandlers.get(channel) ?? []), handler]),
    removeListener: (channel: string, handler: unknown) => rendererHandlers.set(channel, (rendererHandlers.get(channel) ?? []).filter((h) => h !== handler)),
  },
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => (exposed[key] = api) },
}));

const { ipcRenderer } = await import('electron');
const { validateIncoming } = await import('../../src/shell/ipc-validate.js');
const { listen } = await import('../../electron/ipc/bridge.js');
const { mainChannels, rendererChannels } = await import('../../src/shell/ipc-contract.js');
type IncomingMessage = import('../../src/shell/ipc-validate.js').IncomingMessage;

const good: IncomingMessage = { channel: 'open-presenter', frameUrl: 'deck://app/index.html#/3', isMainFrame: true, windowRole: 'audience', args: [] };

describe('validateIncoming', () => {
  test('a request from our audience page is accepted', () => {
    expect(validateIncoming(good)).toMatchObject({ ok: true, channel: 'open-presenter', windowRole: 'audience' });
    expect(validateIncoming({ ...good, channel: 'toggle-fullscreen', windowRole: 'presenter', frameUrl: 'deck://app/presenter.html' }).ok).toBe(true);
  });

  test.each([
    ['an unknown channel', { channel: 'run-shell' }, /unknown channel/],
    ['a prototype key as channel', { channel: '__proto__' }, /unknown channel/],
    ['a window that is not ours', { windowRole: undefined }, /not one of the app's windows/],
    ['a subframe (a slide preview iframe)', { isMainFrame: false }, /subframe/],
    ['a page from the web', { frameUrl: 'https://evil.example/index.html' }, /not on the app's origin/],
    ['a file:// page', { frameUrl: 'file:///tmp/index.html' }, /not on the app's origin/],
    ['another host on our scheme', { frameUrl: 'deck://other/index.html' }, /not on the app's origin/],
    ['a frame that is gone', { frameUrl: undefined }, /not on the app's origin/],
    ['the hidden print window', { windowRole: 'print' as const }, /not allowed from the print window/],
    ['a payload where none is expected', { args: [{ evil: true }] }, /payload/],
    ['extra arguments', { args: [undefined, 'x'] }, /payload/],
  ])('rejects %s', (_name, change, reason) => {
    const result = validateIncoming({ ...good, ...change });
    expect(result.ok).toBe(false);
    expect(result.ok === false && result.reason).toMatch(reason);
  });
});

describe('main side: every channel goes through validation', () => {
  const openPresenter = vi.fn();
  const toggleFullscreen = vi.fn();
  const ours = { id: 7 };
  listen((contents) => ((contents as { id: number }).id === 7 ? 'audience' : undefined), { 'open-presenter': openPresenter, 'toggle-fullscreen': toggleFullscreen });
  const event = (sender: unknown, url: string, parent: unknown = null): unknown => ({ sender, senderFrame: { url, parent } });

  test('listens on exactly the contract channels', () => {
    expect([...ipcMainHandlers.keys()].sort()).toEqual([...rendererChannels].sort());
  });

  test('a valid message reaches its handler with the sender', () => {
    ipcMainHandlers.get('open-presenter')!(event(ours, 'deck://app/index.html'));
    expect(openPresenter).toHaveBeenCalledWith(ours, undefined);
  });

  test('bad senders and payloads never reach a handler', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    ipcMainHandlers.get('toggle-fullscreen')!(event({ id: 99 }, 'deck://app/index.html'));
    ipcMainHandlers.get('toggle-fullscreen')!(event(ours, 'https://evil.example/'));
    ipcMainHandlers.get('toggle-fullscreen')!(event(ours, 'deck://app/index.html', { url: 'deck://app/presenter.html' }));
    ipcMainHandlers.get('toggle-fullscreen')!(event(ours, 'deck://app/index.html'), { payload: 1 });
    ipcMainHandlers.get('toggle-fullscreen')!({ sender: ours, senderFrame: null });
    expect(toggleFullscreen).not.toHaveBeenCalled();
    expect(warn).toHaveBeenCalledTimes(5);
    warn.mockRestore();
  });
});

describe('preload: window.deckHost', () => {
  test('exposes only the DeckHost API', async () => {
    await import('../../electron/preload.js');
    const host = exposed.deckHost as Record<string, unknown>;
    expect(Object.keys(host).sort()).toEqual(['openPresenter', 'subscribe', 'toggleFullscreen']);
    expect(Object.keys(exposed)).toEqual(['deckHost']);
  });

  test('requests go out on the contract channels with no payload', () => {
    const host = exposed.deckHost as { openPresenter(): void; toggleFullscreen(): void };
    host.openPresenter();
    host.toggleFullscreen();
    expect(vi.mocked(ipcRenderer.send).mock.calls).toEqual([['open-presenter'], ['toggle-fullscreen']]);
  });

  test('host events arrive as HostEvent objects, and unsubscribe stops them', () => {
    const host = exposed.deckHost as { subscribe(l: (e: unknown) => void): () => void };
    const events: unknown[] = [];
    const unsubscribe = host.subscribe((e) => events.push(e));
    expect([...rendererHandlers.keys()].sort()).toEqual([...mainChannels].sort());
    rendererHandlers.get('deck-updated')![0]!({}, { version: 4 });
    rendererHandlers.get('diagnostics')![0]!({}, { version: 4, diagnostics: [] });
    expect(events).toEqual([{ type: 'deck-updated', version: 4 }, { type: 'diagnostics', version: 4, diagnostics: [] }]);
    unsubscribe();
    expect([...rendererHandlers.values()].every((list) => list.length === 0)).toBe(true);
  });
});
