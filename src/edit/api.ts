// The editor's HTTP API, below the server's secret path prefix. Only the editor page itself
// may call it: a request must come from the server's own origin (Origin header) with a JSON
// or image body, so neither another local page nor a form on a web site can write a file.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { DeckError } from '../errors.js';
import { readBody, readJsonObject, RequestError } from '../request-body.js';
import { editorPaths, type DraftBuild, type SaveOutcome } from '../contract.js';
import { withOrder } from './deck-order.js';
import { addImage, type EditorSession } from './session.js';

const editorApiPrefix = editorPaths.api;
const maxBody = 60 * 1024 * 1024;

const json = (req: IncomingMessage) => readJsonObject(req, maxBody);

const str = (v: unknown, name: string): string => {
  if (typeof v !== 'string') throw new RequestError(400, `${name} must be a string`);
  return v;
};
const strOrNull = (v: unknown, name: string): string | null => (v === null ? null : str(v, name));

export interface EditorApi {
  /** Handles `path` (relative to the secret prefix) when it is an API route; false otherwise. */
  handle(path: string, req: IncomingMessage, res: ServerResponse): Promise<boolean>;
}

export function createEditorApi(session: EditorSession, options: { origin: () => string; connectEvents: (res: ServerResponse) => void; onEdit: () => Promise<DraftBuild> }): EditorApi {
  const routes: Record<string, (req: IncomingMessage) => Promise<unknown>> = {
    edit: async (req) => {
      const m = await json(req);
      session.edit(str(m.file, 'file'), strOrNull(m.text, 'text'));
      return options.onEdit();
    },
    save: async (req) => {
      const m = await json(req);
      const outcome: SaveOutcome = session.save(str(m.file, 'file'), str(m.text, 'text'), strOrNull(m.base, 'base'));
      return { ...outcome, ...(await options.onEdit()) };
    },
    accept: async (req) => {
      const m = await json(req);
      session.accept({ file: str(m.file, 'file'), text: null, hash: strOrNull(m.hash, 'hash') });
      return {};
    },
    // deck.yaml's text with a new `order`, for the editor to put in its buffer (nothing is written).
    order: async (req) => {
      const m = await json(req);
      if (!Array.isArray(m.files) || !m.files.every((f) => typeof f === 'string')) throw new RequestError(400, 'files must be a list of file names');
      return { text: withOrder(strOrNull(m.text, 'text'), m.files as string[]) };
    },
    rename: async (req) => {
      const m = await json(req);
      session.rename(str(m.from, 'from'), str(m.to, 'to'));
      return { files: session.files() };
    },
    image: async (req) => {
      const type = req.headers['content-type'] ?? '';
      if (!/^image\/(png|jpeg|gif|webp|avif|svg\+xml)$/.test(type)) throw new RequestError(415, 'expected an image (png, jpeg, gif, webp, avif or svg)');
      const name = new URL(req.url ?? '/', 'http://x').searchParams.get('name') ?? `pasted.${type.slice(6).replace('svg+xml', 'svg').replace('jpeg', 'jpg')}`;
      return { path: addImage(session, name, await readBody(req, maxBody)) };
    },
  };

  return {
    async handle(path, req, res) {
      if (!path.startsWith(editorApiPrefix)) return false;
      const route = path.slice(editorApiPrefix.length);
      const send = (status: number, value: unknown) => {
        res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' });
        res.end(JSON.stringify(value));
      };
      if (route === 'events' && req.method === 'GET') {
        options.connectEvents(res);
        return true;
      }
      const handler = Object.hasOwn(routes, route) ? routes[route] : undefined;
      if (!handler) return send(404, { error: `no editor API ${route}` }), true;
      if (req.method !== 'POST') return send(405, { error: 'use POST' }), true;
      // Writes come only from the editor page itself.
      if (req.headers.origin !== options.origin()) return send(403, { error: 'the editor API answers only to the editor page' }), true;
      try {
        send(200, await handler(req));
      } catch (error) {
        if (error instanceof RequestError) send(error.status, { error: error.message });
        else if (error instanceof DeckError) send(409, { error: error.message, hint: error.hint });
        else throw error;
      }
      return true;
    },
  };
}
