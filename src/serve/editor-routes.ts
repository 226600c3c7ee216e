// `deck edit`: the editor's part of the server: its page and script, its API, and the draft
// (saved files plus unsaved buffers) that its preview shows: a live deck of its own, so the
// audience's keeps showing saved files only and a half-typed word never reaches the
// projector. Files are answered by the one site request handler, like every other page.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { editorPaths, sitePaths, type DeckJson, type DraftBuild, type DraftDeck, type EditorEvent } from '../contract.js';
import { createEditorApi } from '../edit/api.js';
import { DraftPatcher } from '../edit/draft-patch.js';
import { EditorSession } from '../edit/session.js';
import { LiveDeck } from '../live/live-deck.js';
import { createSlideRenderer } from '../deck/render.js';
import { rememberingLoader } from '../watch/deck-watcher.js';
import { renderEditorPage } from '../html/editor.js';
import { editorCssFile, runtimeFiles } from '../paths.js';
import { readAppFile } from '../site/app-files.js';
import { answerSiteRequest, type SiteResponse } from '../site/request.js';
import { EventHub } from './events.js';

export interface EditorRoutes {
  /** Answers `path` (below the server's secret, still percent-encoded) when it is the editor's; false otherwise. */
  handle(path: string, req: IncomingMessage, res: ServerResponse): Promise<boolean>;
  /** Something in the deck folder changed on disk (the audience's live deck saw it). */
  diskChanged(): void;
  close(): void;
}

export function startEditor(deckPath: string, options: { stateDir?: string }, origin: () => string, heading: () => { title: string; lang: string }): EditorRoutes {
  const session = new EditorSession(deckPath, { stateDir: options.stateDir });
  const hub = new EventHub<EditorEvent>();
  // Its slides carry each element's source line, for a click on the preview.
  const draft = new LiveDeck({ unsaved: session.buffers, watch: { load: rememberingLoader((name) => session.buffers.get(name), createSlideRenderer({ sourceLines: true })) } });
  const patcher = new DraftPatcher();
  let build: DraftBuild = { seq: 0, diagnostics: [], ok: false };
  draft.on((event) => {
    const seq = build.seq + 1;
    if (event.type === 'diagnostics') build = { seq, diagnostics: event.diagnostics, ok: false };
    else build = { seq, diagnostics: event.diagnostics, ok: true, patch: patcher.next(event.deck, event.site, seq) };
    hub.send({ type: 'draft-updated', build });
  });
  // Opened at once, so the draft is ready by the time the page asks for it.
  const opened = draft.open(deckPath).then((result) => {
    if (!result.ok) build = { seq: build.seq + 1, diagnostics: result.diagnostics, ok: false };
  });
  const onEdit = async (): Promise<DraftBuild> => {
    await opened;
    await draft.refresh();
    return build;
  };
  const draftDeck = (): DraftDeck | null => {
    const json = draft.site?.get(sitePaths.deckJson);
    if (typeof json !== 'string') return null;
    const deck = JSON.parse(json) as DeckJson;
    return { ...deck, stacks: deck.stacks.map((stack) => ({ slides: stack.slides.map(({ html: _html, hash: _hash, ...slide }) => slide) })) };
  };
  const api = createEditorApi(session, { origin, connectEvents: (res) => hub.connect(res), onEdit });
  const pages = new Map<string, () => string | Buffer>([
    [editorPaths.page, () => renderEditorPage(heading().title, heading().lang, { ...session.opening(), build, deck: draftDeck() })],
    [editorPaths.script, () => readAppFile(runtimeFiles.editor)],
    [editorPaths.css, () => readAppFile(editorCssFile)],
  ]);
  const send = (res: ServerResponse, answer: SiteResponse) => {
    res.writeHead(answer.status, answer.headers);
    res.end(answer.body ?? undefined);
  };

  return {
    async handle(path, req, res) {
      if (await api.handle(path, req, res)) return true;
      const method = req.method ?? 'GET';
      if (!pages.has(path) && !path.startsWith(editorPaths.draft)) return false;
      // The page carries the draft's first build; the draft's files are the draft's.
      await opened;
      if (pages.has(path)) return send(res, answerSiteRequest({ get: (p) => pages.get(p)?.() }, { method, path })), true;
      send(res, answerSiteRequest(draft.site ?? new Map(), { method, path: path.slice(editorPaths.draft.length) || sitePaths.page }));
      return true;
    },
    diskChanged() {
      for (const disk of session.changedOnDisk()) hub.send({ type: 'disk-changed', disk });
    },
    close() {
      draft.close();
      session.close();
      hub.close();
    },
  };
}
