// The DeckHost of browser mode (`deck serve`): host events arrive as server-sent events
// at the page's `liveReload` URL (events?token=…), and so do other windows' sync
// messages, which are posted to that URL; the presenter view is a second browser window
// on the same origin; full screen is the Fullscreen API.
import { sitePaths } from '../contract.js';
import type { DeckHost, HostEvent } from './host.js';
import { syncChannelName, type Channel } from './sync.js';
import { allChannels, serverChannel, syncEventName } from './sync-channels.js';

export function isHostEvent(value: unknown): value is HostEvent {
  if (typeof value !== 'object' || value === null) return false;
  const e = value as Record<string, unknown>;
  if (typeof e.version !== 'number') return false;
  if (e.type === 'deck-updated') return true;
  return e.type === 'diagnostics' && Array.isArray(e.diagnostics);
}

export function toggleDocumentFullscreen(): void {
  if (document.fullscreenElement) void document.exitFullscreen();
  else void document.documentElement.requestFullscreen().catch(() => undefined);
}

export function openPresenterWindow(): void {
  // A named window: pressing S again focuses the presenter instead of opening another.
  window.open(sitePaths.presenter, 'deck-presenter', 'popup,width=1280,height=800');
}

export function createBrowserHost(eventsUrl: string): DeckHost {
  const listeners = new Set<(event: HostEvent) => void>();
  const syncListeners = new Set<(data: string) => void>();
  let source: EventSource | null = null;
  let opened!: () => void;
  const connected = new Promise<void>((resolve) => (opened = resolve));
  const connect = () => {
    if (source) return;
    source = new EventSource(eventsUrl);
    source.onopen = () => opened();
    source.onmessage = (message: MessageEvent<string>) => {
      let data: unknown;
      try {
        data = JSON.parse(message.data);
      } catch {
        return;
      }
      if (isHostEvent(data)) for (const listener of listeners) listener(data);
    };
    source.addEventListener(syncEventName, (message) => {
      for (const listener of syncListeners) listener((message as MessageEvent<string>).data);
    });
  };
  const disconnectWhenUnused = () => {
    if (listeners.size === 0 && syncListeners.size === 0) {
      source?.close();
      source = null;
    }
  };
  const subscribeSync = (listener: (data: string) => void) => {
    syncListeners.add(listener);
    connect();
    return () => {
      syncListeners.delete(listener);
      disconnectWhenUnused();
    };
  };
  return {
    subscribe(listener) {
      listeners.add(listener);
      connect();
      return () => {
        listeners.delete(listener);
        disconnectWhenUnused();
      };
    },
    openPresenter: openPresenterWindow,
    toggleFullscreen: toggleDocumentFullscreen,
    openSyncChannel: (): Channel => allChannels([new BroadcastChannel(syncChannelName), serverChannel(eventsUrl, subscribeSync, connected)]),
  };
}

/** The shell's host when there is one, else browser mode's when the page is served live, else none (a deck opened from disk). */
export function resolveHost(liveReload: string | undefined): DeckHost | null {
  // Only the shell's own property counts: \`window.deckHost\` would also find a slide's
  // element with id="deckHost" (named access on window), and live reload would stop.
  const shell = Object.getOwnPropertyDescriptor(window, 'deckHost')?.value as Partial<DeckHost> | undefined;
  if (shell && typeof shell.subscribe === 'function') return shell as DeckHost;
  return liveReload ? createBrowserHost(liveReload) : null;
}
