// How this app starts a headless Chromium: no sandbox (CI and containers run as root),
// no GPU, and no background traffic to Google's hosts (a closed network refuses those
// connections many at a time and slows every start). Shared by the PDF exporter and the
// browser tests so both run the browser the same way.
export const chromiumArgs: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * The export's browser on top of that is kept off the network entirely: it resolves no
 * host name at all (its pages are answered inside the browser, see playwright-renderer.ts),
 * and none of the services a browser for people runs in the background (updates,
 * accounts, safe browsing, reporting, pings) gets to start. playwright-core talks to it
 * over a pipe (--remote-debugging-pipe), so it listens on no port either.
 */
export const offlineChromiumArgs: readonly string[] = [
  ...chromiumArgs,
  '--host-resolver-rules=MAP * ~NOTFOUND',
  '--dns-prefetch-disable',
  '--disable-default-apps',
  '--disable-domain-reliability',
  '--disable-client-side-phishing-detection',
  '--disable-crash-reporter',
  '--no-pings',
  '--no-service-autorun',
  '--safebrowsing-disable-auto-update',
];
