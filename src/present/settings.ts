// The settings the page carries as inert JSON in <script id="deck-runtime">, and the
// role the page plays: the URL may turn the deck page into a preview (`?role=preview`,
// the presenter's iframes) or the print view (`?deckPrint=…`, the PDF exporter).
import { printQuery, runtimeElementId, type RuntimeSettings } from '../contract.js';

export type Role = RuntimeSettings['role'];

export function readSettings(): RuntimeSettings {
  return JSON.parse(document.getElementById(runtimeElementId)!.textContent!) as RuntimeSettings;
}

export function roleOf(settings: RuntimeSettings, search: string = location.search): Role {
  const query = new URLSearchParams(search);
  if (query.has(printQuery.layout) || query.has('print-pdf')) return 'print';
  if (query.get('role') === 'preview') return 'preview';
  return settings.role;
}
