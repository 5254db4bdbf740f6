import type { LaunchOptions } from 'playwright-core';

/**
 * Debian's Chromium (`apt-get install chromium`), for the end-to-end tests and
 * vitest's browser projects (vitest.config.ts): headless, no sandbox, nothing
 * that talks to Google. Even with those flags Chromium 156 still resolves
 * update.googleapis.com and accounts.google.com, so every host name but
 * loopback is answered locally and nothing leaves the machine. Playwright
 * never downloads a browser here (its CDN is out of reach).
 */
export const CHROMIUM_LAUNCH: LaunchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  timeout: 30_000,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
  ],
};
