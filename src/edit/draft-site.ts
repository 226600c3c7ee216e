// The editor's preview: the deck as the user is typing it (saved files plus unsaved
// buffers), built into a site of its own beside the audience's. The audience keeps seeing
// saved files only, so a half-typed word never reaches the projector.
import { loadDeck } from '../deck/load.js';
import type { DraftBuild } from '../contract.js';
import { buildSite, type SiteFiles } from '../site/site.js';


export class DraftSite {
  files: SiteFiles = new Map();
  private running: Promise<DraftBuild> | null = null;
  private again: Promise<DraftBuild> | null = null;

  constructor(
    private readonly deckPath: string,
    private readonly buffers: ReadonlyMap<string, string>,
  ) {}

  /**
   * Rebuilds from the current buffers. Calls while a build runs share one follow-up build,
   * so a burst of keystrokes costs two builds, and every caller gets a build that includes
   * its text.
   */
  rebuild(): Promise<DraftBuild> {
    if (!this.running) {
      this.running = this.build().finally(() => (this.running = null));
      return this.running;
    }
    this.again ??= this.running.then(() => {
      this.again = null;
      return this.rebuild();
    });
    return this.again;
  }

  private async build(): Promise<DraftBuild> {
    const { deck, diagnostics } = loadDeck(this.deckPath, { unsaved: (name) => this.buffers.get(name) });
    if (!deck) return { diagnostics, ok: false };
    this.files = await buildSite(deck, { fonts: 'chunks' });
    return { diagnostics, ok: true };
  }
}
