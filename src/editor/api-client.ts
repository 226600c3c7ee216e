// The editor page's side of src/edit/api.ts.
import { editorPaths, type DraftBuild, type SaveOutcome } from '../contract.js';

async function call<T>(route: string, body?: unknown, init: RequestInit = {}): Promise<T> {
  const res = await fetch(`${editorPaths.api}${route}`, {
    method: 'POST',
    headers: init.body ? init.headers : { 'Content-Type': 'application/json' },
    body: init.body ?? (body === undefined ? undefined : JSON.stringify(body)),
  });
  const value = (await res.json()) as T & { error?: string; hint?: string };
  if (!res.ok) throw new Error(`${value.error ?? res.statusText}${value.hint ? ` ${value.hint}` : ''}`);
  return value;
}

export const api = {
  edit: (file: string, text: string | null) => call<DraftBuild>('edit', { file, text }),
  save: (file: string, text: string, base: string | null) => call<SaveOutcome & DraftBuild>('save', { file, text, base }),
  accept: (file: string, hash: string | null) => call<object>('accept', { file, hash }),
  rename: (from: string, to: string) => call<{ files: string[] }>('rename', { from, to }),
  /** deck.yaml's text (null: none yet) with `order` set to `files`. */
  order: (text: string | null, files: string[]) => call<{ text: string }>('order', { text, files }),
  image: (file: File) => call<{ path: string }>(`image?name=${encodeURIComponent(file.name)}`, undefined, { body: file, headers: { 'Content-Type': file.type } }),
};
