// System Chromium for browser tests, started the way this machine needs: no sandbox
// (root), no GPU, and no background traffic to Google's hosts.
import { chromium, type Browser } from 'playwright-core';
import { chromiumArgs } from '../../src/export/chromium.js';

export const chromiumPath = process.env.CHROME_PATH ?? '/usr/bin/chromium';

// The flags live in src so the PDF exporter starts the browser the same way.
export { chromiumArgs };

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    // playwright gives every launch a fresh temporary profile of its own.
    args: [...chromiumArgs],
  });
}
