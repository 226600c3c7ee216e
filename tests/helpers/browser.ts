// System Chromium for browser tests, started the way this machine needs: no sandbox
// (root), no GPU, and no background traffic to Google's hosts.
import { chromium, type Browser } from 'playwright-core';

export const chromiumPath = process.env.CHROME_PATH ?? '/usr/bin/chromium';

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    // playwright gives every launch a fresh temporary profile of its own.
    args: chromiumArgs,
  });
}
