// The page's only door to the shell: window.deckHost (DeckHost from src/present/host.ts),
// exposed through contextBridge into an isolated, sandboxed page. It can ask for the
// presenter view and full screen and listen to host events; nothing else. ipcRenderer
// itself never reaches the page.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { DeckHost, HostEvent } from '../src/present/host.js';
import { mainChannels, type MainChannel, type MainToRenderer, type RendererChannel } from '../src/shell/ipc-contract.js';

function send(channel: RendererChannel): void {
  ipcRenderer.send(channel);
}

function toEvent<C extends MainChannel>(channel: C, payload: MainToRenderer[C]): HostEvent {
  return { ...payload, type: channel } as HostEvent;
}

const host: DeckHost = {
  subscribe(listener) {
    const handlers = mainChannels.map((channel) => {
      const handler = (_event: IpcRendererEvent, payload: MainToRenderer[typeof channel]): void => listener(toEvent(channel, payload));
      ipcRenderer.on(channel, handler);
      return () => ipcRenderer.removeListener(channel, handler);
    });
    return () => handlers.forEach((remove) => remove());
  },
  openPresenter: () => send('open-presenter'),
  toggleFullscreen: () => send('toggle-fullscreen'),
};

contextBridge.exposeInMainWorld('deckHost', host);
