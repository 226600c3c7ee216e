// Main's side of the IPC contract: listens on every page→main channel through the
// validator, and sends main→page events with their contract types.
import { ipcMain, type IpcMainEvent, type WebContents } from 'electron';
import { rendererChannels, type MainChannel, type MainToRenderer, type RendererChannel, type RendererToMain, type WindowRole } from '../../src/shell/ipc-contract.js';
import { validateIncoming } from '../../src/shell/ipc-validate.js';

export type Handlers = { [C in RendererChannel]: (sender: WebContents, payload: RendererToMain[C]) => void };

export function listen(roleOf: (contents: WebContents) => WindowRole | undefined, handlers: Handlers): void {
  for (const channel of rendererChannels) {
    ipcMain.on(channel, (event: IpcMainEvent, ...args: unknown[]) => {
      const frame = event.senderFrame;
      const result = validateIncoming({
        channel,
        frameUrl: frame?.url,
        isMainFrame: frame !== null && frame.parent === null,
        windowRole: roleOf(event.sender),
        args,
      });
      if (!result.ok) {
        console.warn(`deck: ignored an IPC message: ${result.reason}`);
        return;
      }
      (handlers[result.channel] as (sender: WebContents, payload: unknown) => void)(event.sender, result.payload);
    });
  }
}

export function sendEvent<C extends MainChannel>(contents: WebContents, channel: C, payload: MainToRenderer[C]): void {
  if (!contents.isDestroyed()) contents.send(channel, payload);
}
