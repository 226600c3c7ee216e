// The one map of IPC channels between the shell's main process and its pages. Main and
// preload both import it, so a channel or payload cannot drift between the two sides.
//
// Protocol, in order:
//   1. A page (audience or presenter, loaded from deck://app/) calls window.deckHost.*;
//      the preload turns that into ipcRenderer.send(<RendererToMain channel>).
//   2. Main checks every message (ipc/validate.ts): known channel, sender is the top frame
//      of one of our windows showing our scheme, payload matches this contract. Anything
//      else is dropped and logged.
//   3. Main pushes host events (HostEvent in src/present/host.ts) with
//      webContents.send(<MainToRenderer channel>, payload); the preload hands them to the
//      page's subscribers as HostEvent objects again.
import type { HostEvent } from '../contract.js';

/** Page → main. Both requests carry no payload: the window they come from is the argument. */
export interface RendererToMain {
  'open-presenter': undefined;
  'toggle-fullscreen': undefined;
}

/** Main → page: one channel per HostEvent type, carrying the event without its `type`. */
export type MainToRenderer = { [E in HostEvent as E['type']]: Omit<E, 'type'> };

export type RendererChannel = keyof RendererToMain;
export type MainChannel = keyof MainToRenderer;

// Runtime lists, typed so that adding a channel to the interfaces above without adding
// it here is a type error (and the reverse).
export const rendererChannels = ['open-presenter', 'toggle-fullscreen'] as const satisfies readonly RendererChannel[];
export const mainChannels = ['deck-updated', 'diagnostics'] as const satisfies readonly MainChannel[];

type Exhaustive<All, Listed> = [All] extends [Listed] ? true : never;
export const rendererChannelsComplete: Exhaustive<RendererChannel, (typeof rendererChannels)[number]> = true;
export const mainChannelsComplete: Exhaustive<MainChannel, (typeof mainChannels)[number]> = true;

/** Which of our windows a page lives in; main keeps the role of every window it made. */
export type WindowRole = 'audience' | 'presenter' | 'print';
