import type { LaunchOptions } from 'playwright-core';

/**
 * Debian's Chromium with the flags of vitest.config.ts (keep them in sync):
 * headless, no sandbox, nothing that talks to Google, every host name but
 * loopback answered locally so that nothing leaves the machine. Playwright
 * never downloads a browser here.
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
