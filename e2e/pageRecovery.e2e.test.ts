import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { LuxxonSimulator } from '../simulator/createLuxxonSimulator';
import type { ScenarioName } from '../simulator/world';
import { enText } from '../test/support/locale';
import { expectCleanRun, liveViewHeading, LIVE_VIEWS, LOGINS, useDemoSessions, WALLETS } from './support/demoSessions';

const start = useDemoSessions();

/** The demo's own strings (demo/locales/en.json). */
const DEMO = { liveView: 'Live view', account: 'Account', help: 'Help' } as const;
/**
 * The wallet card's balance: exactly `seconds` ("0 seconds…" is also the end
 * of "3600 seconds…"), or any (a live view granted at the same time may or
 * may not have been paid for when the wallet was read).
 */
const walletLeft = (page: Page, seconds?: number) =>
  page.getByText(seconds === undefined ? /^\d+ seconds of live view left$/ : `${seconds} seconds of live view left`, { exact: true });

const navigate = (page: Page, to: keyof typeof DEMO) => page.getByRole('navigation', { name: 'Pages' }).getByRole('button', { name: DEMO[to] }).click();

/** Counts of the page's requests so far. */
const counts = (sim: LuxxonSimulator) => ({ liveViews: sim.count(LIVE_VIEWS), wallets: sim.count(WALLETS), logins: sim.count(LOGINS) });

/**
 * Long enough for a duplicate request to arrive after the content showed (a
 * remount's refetch comes within a frame or two): the counts asserted after
 * it are final, not a snapshot of a request still in flight.
 */
const settle = (page: Page) => page.waitForTimeout(300);

describe('page-level recovery in the demo app, against the simulator', () => {
  it.each<{ scenario: ScenarioName; title: string; failed: number; via: 'help' | 'account' }>([
    // NO_CREDIT is not retried: one request, then the top-up screen.
    { scenario: 'no-credit', title: 'code.NO_CREDIT.title', failed: 1, via: 'help' },
    { scenario: 'no-credit', title: 'code.NO_CREDIT.title', failed: 1, via: 'account' },
    // BAD_RESPONSE is transient: the first request and the policy's three retries, then the screen.
    { scenario: 'html-500', title: 'code.BAD_RESPONSE.title', failed: 4, via: 'help' },
    { scenario: 'html-500', title: 'code.BAD_RESPONSE.title', failed: 4, via: 'account' },
  ])('$scenario, then to $via and back once the API answers: the live view fetches exactly once more and shows', async ({ scenario, title, failed, via }) => {
    const { sim, demo, page } = await start({ scenario });
    const screen = page.getByRole('alert', { name: enText(title) });
    await screen.waitFor();
    await walletLeft(page, scenario === 'no-credit' ? 0 : 3600).waitFor();
    await demo.mark();
    expect(counts(sim)).toEqual({ liveViews: failed, wallets: 1, logins: 0 });

    await navigate(page, via);
    await page.getByRole('heading', { name: DEMO[via] }).waitFor();
    await screen.waitFor({ state: 'detached' });
    // The account page reads the wallet again (stale on mount, as React Query does); the help page reads nothing.
    if (via === 'account') await walletLeft(page, scenario === 'no-credit' ? 0 : 3600).waitFor();
    await settle(page);
    const away = via === 'account' ? 2 : 1;
    expect(counts(sim)).toEqual({ liveViews: failed, wallets: away, logins: 0 });

    sim.setScenario('ok');
    await navigate(page, 'liveView');
    await liveViewHeading(page).waitFor();
    await walletLeft(page).waitFor();
    await settle(page);
    expect(await screen.count()).toBe(0);
    // Exactly one new live-view request (no stale screen replayed, no second fetch); the wallet's remount reads it once.
    expect(counts(sim)).toEqual({ liveViews: failed + 1, wallets: away + 1, logins: 0 });
    expect(sim.requests().filter((r) => r.path === LIVE_VIEWS.path).at(-1)?.status).toBe(201);
    await expectCleanRun(demo);
  });

  it('the failed page shows again if the API still fails on the way back: one request, the screen, no stale content', async () => {
    const { sim, demo, page } = await start({ scenario: 'no-credit' });
    const screen = page.getByRole('alert', { name: enText('code.NO_CREDIT.title') });
    await screen.waitFor();
    await demo.mark();
    await navigate(page, 'help');
    await screen.waitFor({ state: 'detached' });
    await navigate(page, 'liveView');
    await sim.waitForCount(2, LIVE_VIEWS);
    await screen.waitFor();
    await settle(page);
    expect(sim.requests().filter((r) => r.path === LIVE_VIEWS.path).map((r) => [r.status, r.code])).toEqual([
      [400, 'NO_CREDIT'],
      [400, 'NO_CREDIT'],
    ]);
    await expectCleanRun(demo);
  });

  it('both boundaries failed (NOT_AUTHENTICATED, useSuspenseQuery and useQuery), to Help and back once the old session works again: one request each, no sign-in', async () => {
    const { sim, demo, page } = await start({ scenario: 'session-expired' });
    const screens = page.getByRole('alert', { name: enText('code.NOT_AUTHENTICATED.title') });
    await screens.nth(1).waitFor();
    await demo.mark();
    await navigate(page, 'help');
    await screens.first().waitFor({ state: 'detached' });
    // The server accepts the first token again (the scenario is over): no sign-in is needed.
    sim.setScenario('ok');
    await navigate(page, 'liveView');
    await liveViewHeading(page).waitFor();
    await walletLeft(page).waitFor();
    await settle(page);
    expect(await screens.count()).toBe(0);
    expect(counts(sim)).toEqual({ liveViews: 2, wallets: 2, logins: 0 });
    await expectCleanRun(demo);
  });

  it('NO_COVERAGE, then to Help: the unmounted waiting screen checks nothing; back once an operator is online, one request and the live view', async () => {
    const { sim, demo, page } = await start({ scenario: 'no-coverage', scenarioOptions: { retryAfterSeconds: 1 } });
    const waiting = page.getByRole('status', { name: enText('code.NO_COVERAGE.title') });
    await waiting.waitFor();
    await demo.mark();
    await navigate(page, 'help');
    await waiting.waitFor({ state: 'detached' });
    // Past the latest the screen's own check would have come (2–4 s after it appeared).
    await page.waitForTimeout(4_500);
    expect(counts(sim)).toEqual({ liveViews: 1, wallets: 1, logins: 0 });

    sim.bringOperatorOnline();
    await navigate(page, 'liveView');
    await liveViewHeading(page).waitFor();
    await settle(page);
    expect(await waiting.count()).toBe(0);
    expect(sim.requests().filter((r) => r.path === LIVE_VIEWS.path).map((r) => r.status)).toEqual([503, 201]);
    await expectCleanRun(demo);
  });

  it.each([
    { button: 'the live view\'s', pick: 'first' },
    { button: 'the wallet\'s', pick: 'last' },
  ] as const)('NOT_AUTHENTICATED on two boundaries: $button "Sign in again" signs in once and both recover, one request each', async ({ pick }) => {
    const { sim, demo, page } = await start({ scenario: 'session-expired' });
    const screens = page.getByRole('alert', { name: enText('code.NOT_AUTHENTICATED.title') });
    await screens.nth(1).waitFor();
    await demo.mark();
    expect(await screens.count()).toBe(2);
    expect(counts(sim)).toEqual({ liveViews: 1, wallets: 1, logins: 0 });

    await page.getByRole('button', { name: enText('action.signIn') })[pick]().click();
    await liveViewHeading(page).waitFor();
    await walletLeft(page).waitFor();
    await settle(page);
    expect(await screens.count()).toBe(0);
    // One onReauthenticate (the demo's api.signIn, one POST /v1/auth/login), then each failed query once.
    expect(counts(sim)).toEqual({ liveViews: 2, wallets: 2, logins: 1 });
    const log = sim.requests();
    const login = log.findIndex((r) => r.path === LOGINS.path);
    expect(log.slice(0, login).map((r) => [r.path, r.status, r.authorization]).sort()).toEqual([
      ['/v1/live-views', 401, 'Bearer demo-session-1'],
      ['/v1/wallet', 401, 'Bearer demo-session-1'],
    ]);
    expect(log.slice(login + 1).map((r) => [r.path, r.status, r.authorization]).sort()).toEqual([
      ['/v1/live-views', 201, 'Bearer demo-session-2'],
      ['/v1/wallet', 200, 'Bearer demo-session-2'],
    ]);
    await expectCleanRun(demo);
  });

  it('NOT_AUTHENTICATED on two boundaries: the second "Sign in again", pressed while the first sign-in is under way, joins it', async () => {
    // Every answer takes 400 ms, the sign-in too: the second press lands while it is pending.
    const { sim, demo, page } = await start({ scenario: 'session-expired', latencyMs: 400 });
    const screens = page.getByRole('alert', { name: enText('code.NOT_AUTHENTICATED.title') });
    await screens.nth(1).waitFor();
    await demo.mark();
    // By place, not by name: a pending sign-in relabels the buttons (busy, aria-disabled, still pressable).
    const buttons = page.locator('.lx-error').getByRole('button');
    await buttons.first().click();
    expect(await buttons.last().getAttribute('aria-busy')).toBe('true');
    await buttons.last().dispatchEvent('click');
    expect(sim.count(LOGINS)).toBe(0);
    await liveViewHeading(page).waitFor();
    await walletLeft(page).waitFor();
    await settle(page);
    expect(counts(sim)).toEqual({ liveViews: 2, wallets: 2, logins: 1 });
    await expectCleanRun(demo);
  });
});
