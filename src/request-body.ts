// Reading what a page sends to our own servers (the editor's API, browser mode's sync
// relay): bounded in size, and JSON only when the sender said so.
import type { IncomingMessage } from 'node:http';

/** A request refused for what it carries, with the HTTP status to answer. */
export class RequestError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export async function readBody(req: IncomingMessage, maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > maxBytes) throw new RequestError(413, 'request too large');
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

export const isJsonRequest = (req: IncomingMessage): boolean => /^application\/json\b/.test(req.headers['content-type'] ?? '');

/** The body as a JSON object; a RequestError (415, 400, 413) for anything else. */
export async function readJsonObject(req: IncomingMessage, maxBytes: number): Promise<Record<string, unknown>> {
  if (!isJsonRequest(req)) throw new RequestError(415, 'expected application/json');
  const text = (await readBody(req, maxBytes)).toString('utf8');
  try {
    const value = JSON.parse(text) as unknown;
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value as Record<string, unknown>;
  } catch {
    /* below */
  }
  throw new RequestError(400, 'expected a JSON object');
}
