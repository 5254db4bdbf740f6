import type { Page } from 'playwright-core';
import { expect, inject } from 'vitest';
import { createLuxxonSimulator, DETAIL_MARKER, SIMULATED_PLACE, type LuxxonSimulator, type LuxxonSimulatorOptions } from '../../simulator/createLuxxonSimulator';
import { openDemo, type DemoPage, type DemoParams } from './openDemo';
import { useBrowser } from './useBrowser';

/** The simulator's request-log filters the tests count by. */
export const LIVE_VIEWS = { method: 'POST', path: '/v1/live-views' } as const;
export const LOGINS = { method: 'POST', path: '/v1/auth/login' } as const;
export const WALLETS = { method: 'GET', path: '/v1/wallet' } as const;

/** One test's simulator and demo page. */
export interface DemoSession {
  readonly sim: LuxxonSimulator;
  readonly demo: DemoPage;
  readonly page: Page;
}

/**
 * Registers the file's hooks (one Chromium for the file, every simulator and
 * browser context closed after its test) and returns `start`, which opens
 * the built demo against a fresh simulator.
 */
export function useDemoSessions(): (options: LuxxonSimulatorOptions, params?: DemoParams) => Promise<DemoSession> {
  const { browser, afterTest } = useBrowser();
  return async (options, params) => {
    const sim = await createLuxxonSimulator(options);
    afterTest(sim.close);
    const demo = await openDemo(browser(), inject('demoUrl'), sim, params);
    afterTest(demo.close);
    return { sim, demo, page: demo.page };
  };
}

/** The live view's content: its heading is the place the simulator grants. */
export const liveViewHeading = (page: Page) => page.getByRole('heading', { name: SIMULATED_PLACE });

/** What every flow must keep true: no reload, no uncaught error, no CSP or Trusted Types violation, no `detail` on screen. */
export async function expectCleanRun(demo: DemoPage): Promise<void> {
  expect(demo.pageErrors).toEqual([]);
  expect(await demo.cspViolations()).toEqual([]);
  expect(demo.navigations()).toBe(1);
  expect(await demo.hasMarker()).toBe(true);
  expect(await demo.page.content()).not.toContain(DETAIL_MARKER);
}
