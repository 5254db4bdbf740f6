import type { Browser, Page } from 'playwright-core';
import type { LuxxonSimulator } from '../../simulator/createLuxxonSimulator';

/** A demo page in a fresh browser context, with what the tests watch. */
export interface DemoPage {
  readonly page: Page;
  /** Uncaught exceptions in the page. */
  readonly pageErrors: readonly Error[];
  /** Content-Security-Policy violations so far (Trusted Types included), as `directive: blocked`. */
  readonly cspViolations: () => Promise<string[]>;
  /** Main-frame navigations (1 after the first load: any more is a reload). */
  readonly navigations: () => number;
  /** Marks `window`; {@link hasMarker} is false after any reload. */
  readonly mark: () => Promise<void>;
  readonly hasMarker: () => Promise<boolean>;
  readonly close: () => Promise<void>;
}

/** Query parameters of the demo (see demo/src/demoConfig.ts). */
export interface DemoParams {
  readonly lng?: string;
  readonly seconds?: number;
  /** Load the kit's error lab (`?devtools=1`). */
  readonly devtools?: boolean;
}

/**
 * Opens the built demo against `simulator`, in English unless told, with
 * the fast retry policy (the kit's policy, millisecond delays).
 */
export async function openDemo(browser: Browser, demoUrl: string, simulator: LuxxonSimulator, params: DemoParams = {}): Promise<DemoPage> {
  const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1000, height: 800 } });
  context.setDefaultTimeout(10_000);
  // Init scripts run outside the page's CSP: the listener is in place before the app's first script.
  await context.addInitScript(() => {
    const seen: string[] = [];
    Object.assign(window, { __cspViolations: seen });
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.effectiveDirective}: ${event.blockedURI || event.sample}`));
  });
  const page = await context.newPage();
  const pageErrors: Error[] = [];
  let navigations = 0;
  page.on('pageerror', (error) => pageErrors.push(error));
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) navigations += 1;
  });
  const url = new URL(demoUrl);
  url.searchParams.set('api', simulator.url);
  url.searchParams.set('retry', 'fast');
  url.searchParams.set('lng', params.lng ?? 'en');
  if (params.seconds !== undefined) url.searchParams.set('seconds', String(params.seconds));
  if (params.devtools) url.searchParams.set('devtools', '1');
  await page.goto(url.href);
  return {
    page,
    pageErrors,
    cspViolations: () => page.evaluate(() => [...(window as unknown as { __cspViolations: string[] }).__cspViolations]),
    navigations: () => navigations,
    mark: () => page.evaluate(() => void Object.assign(window, { __e2eMarker: 'still-here' })),
    hasMarker: () => page.evaluate(() => (window as unknown as { __e2eMarker?: string }).__e2eMarker === 'still-here'),
    close: () => context.close(),
  };
}
