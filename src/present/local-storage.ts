// The page's localStorage, or null where the browser refuses it (privacy settings, some
// browsers' file:// pages): what the presenter remembers is a convenience, never a failure.
export function safeLocalStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}
