import type { ConsoleMessage, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import {
  createLuxxonSimulator,
  DETAIL_MARKER,
  SIMULATED_PLACE,
  type LuxxonSimulator,
  type LuxxonSimulatorOptions,
} from '../../simulator/createLuxxonSimulator';
import { enText, esText } from '../../test/support/locale';
import { useBrowser } from '../support/useBrowser';

const LIVE_VIEWS = { method: 'POST', path: '/v1/live-views' } as const;
const LOGINS = { method: 'POST', path: '/v1/auth/login' } as const;

const { browser, afterTest } = useBrowser();

/** One page of the Next.js example, with what the tests watch. */
interface ExamplePage {
  readonly sim: LuxxonSimulator;
  readonly page: Page;
  /** Console errors and warnings, but the browser's own line for each API answer that was not 2xx. */
  readonly console: string[];
  readonly pageErrors: Error[];
  /** Documents loaded (1 after the first load: any more is a reload; the router's history updates are not loads). */
  readonly loads: () => number;
}

/** A console line that is the browser reporting a failed answer of the simulator (expected in every error flow). */
const isFailedApiAnswer = (message: ConsoleMessage, sim: LuxxonSimulator) =>
  message.text().startsWith('Failed to load resource') && message.location().url.startsWith(sim.url);

async function open(options: LuxxonSimulatorOptions, params: Record<string, string> = {}): Promise<ExamplePage> {
  const sim = await createLuxxonSimulator(options);
  afterTest(sim.close);
  const context = await browser().newContext({ locale: 'en-US', viewport: { width: 1000, height: 800 } });
  afterTest(() => context.close());
  context.setDefaultTimeout(10_000);
  const page = await context.newPage();
  const consoleLines: string[] = [];
  const pageErrors: Error[] = [];
  let loads = 0;
  page.on('console', (message) => {
    if ((message.type() === 'error' || message.type() === 'warning') && !isFailedApiAnswer(message, sim)) consoleLines.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => pageErrors.push(error));
  page.on('load', () => (loads += 1));
  const url = new URL(inject('nextUrl'));
  url.search = new URLSearchParams({ api: sim.url, retry: 'fast', lng: 'en', ...params }).toString();
  await page.goto(url.href);
  return { sim, page, console: consoleLines, pageErrors, loads: () => loads };
}

const liveViewHeading = (page: Page) => page.getByRole('heading', { name: SIMULATED_PLACE });

/**
 * What every flow must keep true: no reload, no uncaught error, no `detail`
 * on screen, and nothing on the console but `expected` (React logs the
 * errors a boundary catches): above all no hydration error (#418, "did not
 * match", "switched to client rendering").
 */
async function expectCleanRun(example: ExamplePage, expected: readonly RegExp[] = []) {
  expect(example.pageErrors).toEqual([]);
  expect(example.loads()).toBe(1);
  expect(await example.page.content()).not.toContain(DETAIL_MARKER);
  const unexpected = example.console.filter((line) => !expected.some((pattern) => pattern.test(line)));
  expect(unexpected).toEqual([]);
}

/**
 * The line React logs for each error a boundary caught (its default
 * `onCaughtError`; Next.js gives an app no way to pass its own), for the
 * server's `message`. Expected in every error flow, and nothing else.
 */
const caught = (message: string) => new RegExp(`^error: LuxxonError: ${message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);

/** The live-view requests the simulator answered: [status, code] in order. */
const posts = (sim: LuxxonSimulator) => sim.requests().filter((r) => r.method === 'POST' && r.path === LIVE_VIEWS.path).map((r) => [r.status, r.code ?? null]);

describe('Next.js App Router example (next build + next start) against the Luxxon API simulator', () => {
  it('server-renders the live view from the server prefetch: the browser asks nothing', async () => {
    const example = await open({ scenario: 'ok' });
    const { sim, page } = example;
    // In the HTML the server sent, before any script ran.
    const html = await (await fetch(page.url())).text();
    expect(html).toContain(SIMULATED_PLACE);
    expect(html).toContain('data-prefetch="ok"');
    await liveViewHeading(page).waitFor();
    await expect(page.getByText('Up to 60 seconds of video').isVisible()).resolves.toBe(true);
    // One request for the page, one for the fetch() above: none from the browser.
    expect(sim.count(LIVE_VIEWS)).toBe(2);
    await expectCleanRun(example);
  });

  it('NO_COVERAGE: the server sends the loading state, the browser asks once, waits with a countdown, and recovers by itself', async () => {
    const example = await open({ scenario: 'no-coverage', scenarioOptions: { retryAfterSeconds: 1 } });
    const { sim, page } = example;
    const waiting = page.getByRole('status', { name: enText('code.NO_COVERAGE.title') });
    await waiting.waitFor();
    expect(await page.locator('main').getAttribute('data-prefetch')).toBe('waiting');
    await page.getByText(/^Checking again in \d+ seconds?$/).waitFor();
    // The server's prefetch, then the browser's request: never a second one while server rendering.
    expect(posts(sim)).toEqual([
      [503, 'NO_COVERAGE'],
      [503, 'NO_COVERAGE'],
    ]);

    sim.bringOperatorOnline();
    await liveViewHeading(page).waitFor({ timeout: 8_000 });
    await waiting.waitFor({ state: 'detached' });
    expect(sim.count(LIVE_VIEWS)).toBe(3);
    await expectCleanRun(example, [caught('No ONLINE operator covers the requested point.')]);
  });

  it('NO_COVERAGE: "Check now" checks at once, keeps waiting while nobody is online, then recovers', async () => {
    const example = await open({ scenario: 'no-coverage', scenarioOptions: { retryAfterSeconds: 1 } });
    const { sim, page } = example;
    const checkNow = page.getByRole('button', { name: enText('action.checkNow') });
    await checkNow.waitFor();
    await checkNow.click();
    await sim.waitForCount(3, LIVE_VIEWS);
    await page.getByText(/^Checking again in \d+ seconds?$/).waitFor();
    sim.bringOperatorOnline();
    await checkNow.click();
    await liveViewHeading(page).waitFor();
    expect(sim.count(LIVE_VIEWS)).toBe(4);
    await expectCleanRun(example, [caught('No ONLINE operator covers the requested point.')]);
  });

  it('NOT_AUTHENTICATED: signs in again in the browser (onReauthenticate made in the client Providers) and retries once', async () => {
    const example = await open({ scenario: 'session-expired' });
    const { sim, page } = example;
    await page.getByRole('alert', { name: enText('code.NOT_AUTHENTICATED.title') }).waitFor();
    expect(sim.count(LIVE_VIEWS)).toBe(2);
    await page.getByRole('button', { name: enText('action.signIn') }).click();
    await liveViewHeading(page).waitFor();
    expect(sim.count(LOGINS)).toBe(1);
    expect(sim.requests().filter((r) => r.method === 'POST').map((r) => [r.path, r.status, r.authorization])).toEqual([
      ['/v1/live-views', 401, 'Bearer demo-session-1'],
      ['/v1/live-views', 401, 'Bearer demo-session-1'],
      ['/v1/auth/login', 200, undefined],
      ['/v1/live-views', 201, 'Bearer demo-session-2'],
    ]);
    await expectCleanRun(example, [caught('Missing / expired credential.')]);
  });

  it('INSUFFICIENT_CREDIT: shows the top-up prompt, and a shorter view goes through', async () => {
    const example = await open({ scenario: 'insufficient-credit', scenarioOptions: { creditSeconds: 45 } });
    const { sim, page } = example;
    await page.getByRole('alert', { name: enText('code.INSUFFICIENT_CREDIT.title') }).waitFor();
    const topUp = page.getByRole('link', { name: `${enText('action.topUp')} ${enText('newWindow')}` });
    expect(await topUp.getAttribute('href')).toBe('https://console.luxxon.example/billing');
    await page.getByRole('button', { name: enText('action.shortenDuration') }).click();
    await liveViewHeading(page).waitFor();
    await expect(page.getByText('Up to 30 seconds of video').isVisible()).resolves.toBe(true);
    expect(sim.requests().filter((r) => r.method === 'POST').map((r) => [r.status, (r.body as { maxDurationSeconds: number }).maxDurationSeconds])).toEqual([
      [400, 60],
      [400, 60],
      [201, 30],
    ]);
    await expectCleanRun(example, [caught("Pool balance won't cover the requested duration at the current rate.")]);
  });

  it('an unknown code gets the generic localized state, and follows a language switch without a request', async () => {
    const example = await open({ scenario: 'unknown-code', scenarioOptions: { code: 'RATE_LIMITED', status: 429 } });
    const { sim, page } = example;
    await page.getByRole('alert', { name: enText('generic.title') }).waitFor();
    expect(await page.locator('q > bdi[lang="en"]').textContent()).toBe('Too many live views requested from this workspace; slow down.');
    expect(await page.getByRole('group', { name: enText('support.heading') }).textContent()).toContain('RATE_LIMITED');
    expect(posts(sim)).toEqual([
      [429, 'RATE_LIMITED'],
      [429, 'RATE_LIMITED'],
    ]);
    await page.getByRole('combobox', { name: 'Language' }).selectOption('es');
    await page.getByRole('alert', { name: esText('generic.title') }).waitFor();
    expect(await page.locator('.lx-error').getAttribute('lang')).toBe('es');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('es');
    expect(sim.count(LIVE_VIEWS)).toBe(2);
    await expectCleanRun(example, [caught('Too many live views requested from this workspace; slow down.')]);
  });

  it('a 500 with an HTML body: the server does not retry, the browser retries by the policy, then the service-down screen, never the HTML', async () => {
    const example = await open({ scenario: 'html-500' });
    const { sim, page } = example;
    await page.getByRole('alert', { name: enText('code.BAD_RESPONSE.title') }).waitFor();
    expect(await page.locator('.lx-error').getAttribute('data-code')).toBe('BAD_RESPONSE');
    // The server's prefetch (no retry on the server), then the browser's request and the policy's three retries.
    expect(sim.count(LIVE_VIEWS)).toBe(5);
    expect(await page.getByRole('group', { name: enText('support.heading') }).textContent()).toContain('req_sim_00005');
    const html = await page.content();
    expect(html).not.toContain('nginx');
    expect(await page.evaluate(() => '__simulatorHtmlRan' in window)).toBe(false);

    sim.setScenario('ok');
    await page.getByRole('button', { name: enText('action.retry') }).click();
    await liveViewHeading(page).waitFor();
    expect(sim.count(LIVE_VIEWS)).toBe(6);
    await expectCleanRun(example, [/^error: LuxxonError\b/]);
  });

  it('transient 503s are retried quietly in the browser: the live view shows without an error screen', async () => {
    const example = await open({ scenario: 'flaky', scenarioOptions: { failures: 2 } });
    const { sim, page } = example;
    await liveViewHeading(page).waitFor();
    expect(await page.locator('.lx-error').count()).toBe(0);
    expect(posts(sim).map(([status]) => status)).toEqual([503, 503, 201]);
    await expectCleanRun(example);
  });

  it('a Route Handler uses the main entry: describeCode on the server', async () => {
    const res = await fetch(`${inject('nextUrl')}/api/codes/NO_COVERAGE`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ code: 'NO_COVERAGE', kind: 'waiting' });
    const unknown = await fetch(`${inject('nextUrl')}/api/codes/RATE_LIMITED`);
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({ code: 'RATE_LIMITED', kind: 'generic' });
  });
});
