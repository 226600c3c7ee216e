// The DeckHost of browser mode (`deck serve`): host events arrive as server-sent events
// at the page's `liveReload` URL (events?token=…); the presenter view is a second
// browser window on the same origin; full screen is the Fullscreen API.
import type { DeckHost, HostEvent } from './host.js';

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
  window.open('presenter.html', 'deck-presenter', 'popup,width=1280,height=800');
}

export function createBrowserHost(eventsUrl: string): DeckHost {
  const listeners = new Set<(event: HostEvent) => void>();
  let source: EventSource | null = null;
  const connect = () => {
    source = new EventSource(eventsUrl);
    source.onmessage = (message: MessageEvent<string>) => {
      let data: unknown;
      try {
        data = JSON.parse(message.data);
      } catch {
        return;
      }
      if (isHostEvent(data)) for (const listener of listeners) listener(data);
    };
  };
  return {
    subscribe(listener) {
      listeners.add(listener);
      if (!source) connect();
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) {
          source?.close();
          source = null;
        }
      };
    },
    openPresenter: openPresenterWindow,
    toggleFullscreen: toggleDocumentFullscreen,
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
