// Checks every message a page sends to main before anything acts on it. Pure: main
// passes in what Electron told it about the sender, so this is tested without Electron.
import { isAppUrl } from './scheme.js';
import { rendererChannels, type RendererChannel, type RendererToMain, type WindowRole } from './ipc-contract.js';

/** What main knows about one incoming message. */
export interface IncomingMessage {
  channel: string;
  /** URL of the frame that sent it (event.senderFrame.url); undefined when the frame is gone. */
  frameUrl: string | undefined;
  /** Whether the sending frame is its page's top frame (iframes, e.g. slide previews, may not talk to main). */
  isMainFrame: boolean;
  /** Role of the window the sender belongs to; undefined when it is not one of ours. */
  windowRole: WindowRole | undefined;
  /** The arguments after the event object. */
  args: readonly unknown[];
}

export type Validated = { [C in RendererChannel]: { ok: true; channel: C; payload: RendererToMain[C]; windowRole: WindowRole } }[RendererChannel];
export type Rejected = { ok: false; reason: string };

const noPayload = (args: readonly unknown[]): args is [] => args.length === 0 || (args.length === 1 && args[0] === undefined);

/** One payload check per channel; the mapped type makes a missing check a type error. */
const payloadChecks: { [C in RendererChannel]: (args: readonly unknown[]) => boolean } = {
  'open-presenter': noPayload,
  'toggle-fullscreen': noPayload,
};

/** Which window roles may use each channel (the hidden print window may use none). */
const allowedRoles: { [C in RendererChannel]: readonly WindowRole[] } = {
  'open-presenter': ['audience', 'presenter'],
  'toggle-fullscreen': ['audience', 'presenter'],
};

function isRendererChannel(channel: string): channel is RendererChannel {
  return (rendererChannels as readonly string[]).includes(channel);
}

export function validateIncoming(message: IncomingMessage): Validated | Rejected {
  const { channel } = message;
  if (!isRendererChannel(channel)) return { ok: false, reason: `unknown channel ${JSON.stringify(channel)}` };
  if (!message.windowRole) return { ok: false, reason: `${channel}: sender is not one of the app's windows` };
  if (!message.isMainFrame) return { ok: false, reason: `${channel}: sender is a subframe` };
  if (!isAppUrl(message.frameUrl)) return { ok: false, reason: `${channel}: sender page ${JSON.stringify(message.frameUrl)} is not on the app's origin` };
  if (!allowedRoles[channel].includes(message.windowRole)) return { ok: false, reason: `${channel}: not allowed from the ${message.windowRole} window` };
  if (!payloadChecks[channel](message.args)) return { ok: false, reason: `${channel}: payload does not match the contract` };
  return { ok: true, channel, payload: undefined, windowRole: message.windowRole } as Validated;
}
