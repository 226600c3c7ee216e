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
