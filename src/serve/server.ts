// `deck serve`: the deck's site served from memory on 127.0.0.1 (http.ts: random port,
// secret path, Host check), rebuilt on every good save by the folder watcher and
// announced to open pages over server-sent events, the same host events the Electron
// shell sends (src/present/host.ts).
import type { Diagnostic, Deck } from '../deck/model.js';
import { requireDeckPath } from '../build/offline.js';
import { DeckError } from '../errors.js';
import { buildSite, type SiteFiles } from '../site/site.js';
import { DeckWatcher, type DeckWatcherOptions } from '../watch/deck-watcher.js';
import { EventHub } from './events.js';
import { editorPaths } from '../contract.js';
import { startEditor } from './editor-routes.js';
import { eventsPath, listenSite } from './http.js';

export interface ServeOptions {
  /** Deck folder or single-file deck. */
  path: string;
  /** 0 (default) picks a free port. */
  port?: number;
  /** Seam for tests: a fixed secret path segment. */
  secret?: string;
  watch?: DeckWatcherOptions;
  /** Also serve the editor (editor.html, its API and the draft site): `deck edit`. */
  editor?: { stateDir?: string };
  /** Diagnostics of every load, first one included (the CLI prints them). */
  onDiagnostics?: (diagnostics: Diagnostic[]) => void;
}

export interface DeckServer {
  port: number;
  secret: string;
  /** The audience page, secret included. */
  url: string;
  presenterUrl: string;
  /** The editor page, when `editor` was asked for. */
  editorUrl?: string;
  /**
   * Settles when the first deck is built; rejects (DeckError) when there is nothing to
   * present. The deck path is checked and the port bound before startDeckServer returns.
   */
  ready: Promise<void>;
  close(): Promise<void>;
}

export async function startDeckServer(options: ServeOptions): Promise<DeckServer> {
  const deckPath = requireDeckPath(options.path);
  const watcher = new DeckWatcher(deckPath, options.watch);
  // Relative to the page, so it stays below the secret.
  const runtime = { liveReload: eventsPath };
  const build = (deck: Deck) => buildSite(deck, { fonts: 'chunks', runtime });
  const hub = new EventHub();
  let version = 0;
  // Requests wait for the first build: the server listens (and the URL is printed)
  // while the deck loads, so a browser opened at once is not refused.
  let announceFirst!: (site: Promise<SiteFiles>) => void;
  let site = new Promise<SiteFiles>((resolve) => (announceFirst = (first) => resolve(first)));

  function loadFirst(): Promise<void> {
    const first = watcher.start();
    options.onDiagnostics?.(first.diagnostics);
    if (!watcher.deck) {
      watcher.stop();
      const refused = Promise.reject(new DeckError('deckErrors', 'The deck has errors and nothing to present.', 'Fix the errors above and run `deck serve` again.', { file: options.path }));
      refused.catch(() => undefined);
      announceFirst(refused as Promise<SiteFiles>);
      return refused as Promise<never>;
    }
    const built = build(watcher.deck);
    announceFirst(built);
    watcher.on((event) => {
      version += 1;
      const v = version;
      options.onDiagnostics?.(event.diagnostics);
      if (event.type === 'diagnostics') return hub.send({ type: 'diagnostics', version: v, diagnostics: event.diagnostics });
      const next = build(event.deck);
      next.then(
        () => {
          if (v !== version) return; // a newer save is on its way
          site = next;
          hub.send({ type: 'deck-updated', version: v });
        },
        (error: unknown) => hub.send({ type: 'diagnostics', version: v, diagnostics: [buildFailure(error)] }),
      );
    });
    return built.then(() => undefined);
  }

  const editor = options.editor
    ? startEditor(deckPath, options.editor, () => `http://127.0.0.1:${server.port}`, () => ({ title: watcher.deck?.config.title ?? 'Deck', lang: watcher.deck?.config.lang ?? 'en' }))
    : null;
  if (editor) watcher.on(() => editor.diskChanged());
  const server = await listenSite({
    routes: editor ? (path, req, res) => editor.handle(path, req, res) : undefined,
    port: options.port ?? 0,
    secret: options.secret,
    site: () => site,
    unavailable: 'The deck has errors and nothing to present; see the terminal.',
    onEvents: (res) => hub.connect(res),
  });
  // The deck loads after this returns, while the URL is printed and a browser connects.
  const ready = new Promise((resolve) => setImmediate(resolve)).then(loadFirst);
  ready.catch(() => undefined);
  return {
    port: server.port,
    secret: server.secret,
    url: server.url(),
    presenterUrl: server.url('presenter.html'),
    ...(editor ? { editorUrl: server.url(editorPaths.page) } : {}),
    ready,
    close: async () => {
      editor?.close();
      watcher.stop();
      hub.close();
      await server.close();
    },
  };
}

function buildFailure(error: unknown): Diagnostic {
  const place = error instanceof DeckError ? error.place : undefined;
  return {
    file: place?.file ?? '',
    line: place?.line ?? 1,
    column: 1,
    severity: 'error',
    code: 'site-build-failed',
    message: error instanceof Error ? error.message : String(error),
    hint: error instanceof DeckError ? error.hint : 'Save the deck again; the last good version stays on screen.',
  };
}
