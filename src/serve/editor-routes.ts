// `deck edit`: the editor's part of the server: its page and script, its API, and the draft
// site (saved files plus unsaved buffers) that its preview shows.
import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { createEditorApi } from '../edit/api.js';
import type { EditorEvent } from '../contract.js';
import { DraftSite } from '../edit/draft-site.js';
import { EditorSession } from '../edit/session.js';
import { contentSecurityPolicy } from '../html/page.js';
import { renderEditorPage } from '../html/editor.js';
import { editorPaths } from '../contract.js';
import { assetsDir, webDir } from '../paths.js';
import { contentType } from '../site/content-type.js';
import { EventHub } from './events.js';

export interface EditorRoutes {
  /** Answers `path` (below the server's access checks) when it is the editor's; false otherwise. */
  handle(path: string, req: IncomingMessage, res: ServerResponse, extraHeaders: Record<string, string>): Promise<boolean>;
  /** Something in the deck folder changed on disk. */
  diskChanged(): void;
  close(): void;
}

export function startEditor(deckPath: string, options: { stateDir?: string }, origin: () => string, heading: () => { title: string; lang: string }): EditorRoutes {
  const session = new EditorSession(deckPath, { stateDir: options.stateDir });
  const draft = new DraftSite(deckPath, session.buffers);
  const hub = new EventHub<EditorEvent>();
  const api = createEditorApi(session, { origin, connectEvents: (res) => hub.connect(res), onEdit: () => draft.rebuild() });
  const pages = new Map<string, () => string | Buffer>([
    [editorPaths.page, () => renderEditorPage(heading().title, heading().lang)],
    ['app/editor.js', () => readFileSync(join(webDir, 'editor.js'))],
    ['app/editor.css', () => readFileSync(join(assetsDir, 'editor.css'))],
  ]);
  const headers = { 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'no-referrer', 'Content-Security-Policy': contentSecurityPolicy };
  const send = (res: ServerResponse, req: IncomingMessage, path: string, body: string | Uint8Array | undefined, extra: Record<string, string>) => {
    if (body === undefined) {
      res.writeHead(404, { ...headers, ...extra, 'Content-Type': 'text/plain; charset=utf-8' });
      return res.end('Not found\n');
    }
    res.writeHead(200, { ...headers, ...extra, 'Content-Type': contentType(path), 'Content-Length': String(Buffer.byteLength(body)) });
    res.end(req.method === 'HEAD' ? undefined : body);
  };

  return {
    async handle(path, req, res, extra) {
      if (await api.handle(path, req, res)) return true;
      const page = pages.get(path);
      if (page) return send(res, req, path, page(), extra), true;
      if (path.startsWith(editorPaths.draft)) {
        const inner = path.slice(editorPaths.draft.length) || 'index.html';
        if (draft.files.size === 0) await draft.rebuild();
        return send(res, req, inner, draft.files.get(inner), extra), true;
      }
      return false;
    },
    diskChanged() {
      for (const disk of session.changedOnDisk()) hub.send({ type: 'disk-changed', disk });
      void draft.rebuild().then((build) => hub.send({ type: 'draft-updated', build }));
    },
    close() {
      session.close();
      hub.close();
    },
  };
}
