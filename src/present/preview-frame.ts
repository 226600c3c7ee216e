// The presenter's end of preview-link.ts: one iframe of the deck page in role 'preview',
// messages queued until it says it is ready.
import { isFrom, parseFromPreview, postTo, toPreview, type FromPreview, type ToPreview } from './preview-link.js';

type Outgoing = Parameters<typeof toPreview>[0];

export class PreviewFrame {
  private ready = false;
  private queued: ToPreview[] = [];
  private readonly onMessage = (event: MessageEvent) => {
    if (!isFrom(event, this.frame.contentWindow)) return;
    const message = parseFromPreview(event.data);
    if (!message) return;
    if (message.type === 'ready') {
      this.ready = true;
      for (const m of this.queued.splice(0)) this.post(m);
    }
    this.listener(message);
  };

  constructor(
    private readonly frame: HTMLIFrameElement,
    private readonly listener: (message: FromPreview) => void,
  ) {}

  start(): void {
    window.addEventListener('message', this.onMessage);
  }

  stop(): void {
    window.removeEventListener('message', this.onMessage);
  }

  send(message: Outgoing): void {
    const full = toPreview(message);
    if (this.ready) this.post(full);
    else if (full.type === 'show') this.queued = [...this.queued.filter((m) => m.type !== 'show'), full];
    else this.queued.push(full);
  }

  private post(message: ToPreview): void {
    postTo(this.frame.contentWindow, message);
  }
}
