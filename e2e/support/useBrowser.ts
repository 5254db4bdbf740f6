import { chromium, type Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { CHROMIUM_LAUNCH } from './chromium';

/** One Chromium for a test file, and what each test leaves to close. */
export interface FileBrowser {
  /** The file's browser (launched in `beforeAll`). */
  readonly browser: () => Browser;
  /** Runs `close` after the current test, pass or fail (simulators, browser contexts). */
  readonly afterTest: (close: () => Promise<void>) => void;
}

/**
 * Registers the file's hooks: Chromium launched once before its tests and
 * closed after them, and every `afterTest` callback run (all of them, even
 * when one fails) after each test.
 */
export function useBrowser(): FileBrowser {
  let browser: Browser | undefined;
  const cleanups: (() => Promise<void>)[] = [];
  beforeAll(async () => {
    browser = await chromium.launch(CHROMIUM_LAUNCH);
  });
  afterEach(async () => {
    await Promise.allSettled(cleanups.splice(0).map((cleanup) => cleanup()));
  });
  afterAll(async () => {
    await browser?.close();
  });
  return {
    browser: () => {
      if (browser === undefined) throw new Error('e2e: the browser is launched in beforeAll; use it inside a test');
      return browser;
    },
    afterTest: (close) => void cleanups.push(close),
  };
}
