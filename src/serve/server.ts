// `deck serve`: the deck's site served from memory on 127.0.0.1 (http.ts: random port,
// secret path, Host check), kept current by the live deck (src/live) and every change
// announced to open pages over server-sent events, the same host events the Electron
// shell sends (src/present/host.ts). `deck edit` adds the editor's routes (editor-routes.ts).
import type { IncomingMessage, ServerResponse } from 'node:http';
import { resolve } from 'node:path';
import { requireDeck } from '../deck/load.js';
import { editorPaths, sitePaths } from '../contract.js';
import type { Diagnostic } from '../deck/model.js';
import { DeckError } from '../errors.js';
import { LiveDeck } from '../live/live-deck.js';
import { isJsonRequest, readJsonObject, RequestError } from '../request-body.js';
import type { DeckWatcherOptions } from '../watch/deck-watcher.js';
import { startEditor } from './editor-routes.js';
import { EventHub } from './events.js';
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

/** The slides rendered before the page is served; the rest follow once it listens for events. */
const firstLookSlides = 3;
/** …or after this long, when no page comes. */
const restAfterMs = 1000;

export async function startDeckServer(options: ServeOptions): Promise<DeckServer> {
  requireDeck(options.path);
  const deckPath = resolve(options.path);
  // The rest of the deck is rendered once the first page has its files and listens: the
  // render would otherwise hold up the stylesheets, fonts and script of the first slide.
  let pageListens!: () => void;
  const listening = new Promise<void>((resolve) => (pageListens = resolve));
  const rest = () => Promise.race([listening, new Promise<void>((resolve) => setTimeout(resolve, restAfterMs).unref())]);
  // Relative to the page, so it stays below the secret.
  const live = new LiveDeck({ site: { fonts: 'chunks', runtime: { liveReload: eventsPath } }, watch: options.watch, firstLook: { slides: firstLookSlides, rest } });
  const hub = new EventHub();
  // Requests wait for the first build: the server listens (and the URL is printed)
  // while the deck loads, so a browser opened at once is not refused.
  let announceFirst!: (opened: boolean) => void;
  const first = new Promise<boolean>((resolve) => (announceFirst = resolve));
  const editor = options.editor
    ? startEditor(deckPath, options.editor, () => `http://127.0.0.1:${server.port}`, () => ({ title: live.deck?.config.title ?? 'Deck', lang: live.deck?.config.lang || 'en' }))
    : null;

  async function loadFirst(): Promise<void> {
    live.on((event) => {
      if (event.type === 'opened') return;
      editor?.diskChanged();
      options.onDiagnostics?.(event.diagnostics);
      // A good deck's warnings travel with it (deck.json, presenter.html); a broken save's errors, here.
      if (event.type === 'updated') hub.send({ type: 'deck-updated', version: event.version });
      else hub.send({ type: 'diagnostics', version: event.version, diagnostics: event.diagnostics });
    });
    const opened = await live.open(deckPath);
    options.onDiagnostics?.(opened.diagnostics);
    announceFirst(opened.ok);
    if (!opened.ok) throw new DeckError('deckErrors', 'The deck has errors and nothing to present.', 'Fix the errors above and run `deck serve` again.', { file: options.path });
  }

  const server = await listenSite({
    port: options.port ?? 0,
    secret: options.secret,
    site: () => first.then((ok) => (ok && live.site ? live.site : Promise.reject(new Error('nothing to present')))),
    unavailable: 'The deck has errors and nothing to present; see the terminal.',
    onEvents: (res) => {
      hub.connect(res);
      pageListens();
    },
    routes: async (path, req, res) => {
      if (path === eventsPath && req.method === 'POST') return await relaySync(req, res, hub), true;
      return editor ? editor.handle(path, req, res) : false;
    },
  });
  // The deck loads after this returns, while the URL is printed and a browser connects.
  const ready = new Promise((resolve) => setImmediate(resolve)).then(loadFirst);
  ready.catch(() => undefined);
  return {
    port: server.port,
    secret: server.secret,
    url: server.url(),
    presenterUrl: server.url(sitePaths.presenter),
    ...(editor ? { editorUrl: server.url(editorPaths.page) } : {}),
    ready,
    close: async () => {
      editor?.close();
      live.close();
      hub.close();
      await server.close();
    },
  };
}

/** A sync message is a few hundred bytes; anything much larger is not one. */
const maxSyncBytes = 8192;

/**
 * A presenting window's sync message (src/present/sync.ts), passed on to every page on
 * the event stream: so windows of different browser profiles, or browsers, follow each
 * other. Only the pages' own requests: same origin (a page elsewhere cannot send its
 * Origin as ours), JSON, small. The message itself is checked by the pages that get it.
 */
async function relaySync(req: IncomingMessage, res: ServerResponse, hub: EventHub): Promise<void> {
  const answer = (status: number) => {
    res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
    res.end();
  };
  if (req.headers.origin !== `http://${req.headers.host}` || !isJsonRequest(req)) return answer(403);
  try {
    hub.relay(await readJsonObject(req, maxSyncBytes));
  } catch (error) {
    if (!(error instanceof RequestError)) throw error;
    answer(error.status);
    if (error.status === 413) req.destroy();
    return;
  }
  answer(204);
}
