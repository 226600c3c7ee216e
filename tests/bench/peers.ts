// What the figures are compared with: the best peers' figures (measured on these
// machines, quoted with their source, not re-run: installing the peers is not cheap) and
// the floors (what no deck tool can beat: measured by the bench itself).

export interface PeerFigure {
  /** The peer, and what was measured. */
  who: string;
  ms: number;
  source: string;
}

const fieldNotes = '/work/shared/field-notes.md, 40-slide Chinese deck, these machines';

export const peers = {
  /** Static build of a 40-slide deck. */
  build: [
    { who: 'reveal-md 6.1', ms: 910, source: fieldNotes },
    { who: 'Marp CLI 4.5', ms: 1370, source: fieldNotes },
  ],
  /** Static build of 1,000 slides. */
  build1000: [{ who: 'Marp CLI', ms: 2360, source: 'this bench, 2026-11-24 (git 1f4e5f5), this machine; issue 14: 940 ms on a machine where reveal-md builds 40 slides in 422 ms' }],
  /** Save → new text on screen. */
  saveToScreen: [{ who: 'Slidev 53 (hot update)', ms: 106, source: fieldNotes }],
  /** Launch → first slide. */
  launch: [{ who: 'Marp CLI 4.5 server', ms: 3000, source: fieldNotes }],
  /** A built deck opened from disk → first slide. */
  firstSlideFromFile: [{ who: 'best peer', ms: 960, source: 'this bench since 2026-11-24 (git 1f4e5f5)' }],
} satisfies Record<string, PeerFigure[]>;

/** "×N faster than <the best peer>" for a figure in ms. */
export function versusBest(ms: number, figures: readonly PeerFigure[]): string {
  const best = figures.reduce((a, b) => (a.ms <= b.ms ? a : b));
  const ratio = best.ms / ms;
  return ratio >= 1 ? `${ratio.toFixed(1)}× faster than ${best.who} (${formatMs(best.ms)})` : `${(1 / ratio).toFixed(1)}× slower than ${best.who} (${formatMs(best.ms)})`;
}

/** "N× its floor <f>" for a figure and its floor, in ms. */
export function versusFloor(ms: number, floorMs: number, floor: string): string {
  return `${(ms / floorMs).toFixed(1)}× the floor (${floor} ${formatMs(floorMs)})`;
}

export function formatMs(ms: number): string {
  return ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`;
}
