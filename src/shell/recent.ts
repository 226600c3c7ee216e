// The recent-decks list: most recent first, no duplicates, bounded.
export const maxRecent = 10;

/** `path` moved (or added) to the front. Paths are compared as given: main passes absolute ones. */
export function addRecent(list: readonly string[], path: string, max = maxRecent): string[] {
  return [path, ...list.filter((p) => p !== path)].slice(0, max);
}

/** The list without decks that no longer exist (moved or deleted since). */
export function pruneRecent(list: readonly string[], exists: (path: string) => boolean): string[] {
  return list.filter(exists);
}
