import { describe, expect, it } from 'vitest';
import { DETAIL_MARKER, type LuxxonSimulator } from '../simulator/createLuxxonSimulator';
import { enPattern, enText, esText } from '../test/support/locale';
import { expectCleanRun, liveViewHeading, LIVE_VIEWS, useDemoSessions } from './support/demoSessions';

const start = useDemoSessions();

/** The `x-request-id`s the live views got, in order. */
const liveViewRequestIds = (sim: LuxxonSimulator) => sim.requests().filter((r) => r.path === LIVE_VIEWS.path).map((r) => r.requestId);

describe('demo app against the Luxxon API simulator', () => {
  it('shows the live view when the API answers', async () => {
    const { sim, demo, page } = await start({ scenario: 'ok' });
    await liveViewHeading(page).waitFor();
    await expect(page.getByText('Up to 60 seconds of video').isVisible()).resolves.toBe(true);
    expect(sim.count(LIVE_VIEWS)).toBe(1);
    await demo.mark();
    await expectCleanRun(demo);
  });

  it('runs under a strict CSP with Trusted Types enforced, which refuses an HTML string (the control for every clean run)', async () => {
    const { demo, page } = await start({ scenario: 'ok' });
    await liveViewHeading(page).waitFor();
    expect(await demo.cspViolations()).toEqual([]);
    const outcome = await page.evaluate(() => {
      try {
        document.createElement('div').innerHTML = '<b>from the server</b>';
        return 'assigned';
      } catch (error) {
        return (error as Error).name;
      }
    });
    expect(outcome).toBe('TypeError');
    expect(await demo.cspViolations()).toEqual([expect.stringMatching(/^require-trusted-types-for: /)]);
  });

  it('NO_COVERAGE: waits with a countdown, and shows the live view by itself once an operator comes online', async () => {
    const { sim, demo, page } = await start({ scenario: 'no-coverage', scenarioOptions: { retryAfterSeconds: 1 } });
    const waiting = page.getByRole('status', { name: enText('code.NO_COVERAGE.title') });
    await waiting.waitFor();
    await demo.mark();
    await page.getByText(enPattern('waiting.countdown')).waitFor();
    // The heading takes focus so that screen readers land on the new state.
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe(enText('code.NO_COVERAGE.title'));
    expect(await page.content()).not.toContain(DETAIL_MARKER);
    expect(sim.requests().filter((r) => r.method === 'POST').map((r) => [r.status, r.code, r.retryAfter])).toEqual([[503, 'NO_COVERAGE', '1']]);

    sim.bringOperatorOnline();
    // The screen's own check comes 2–4 s after it appeared (equal jitter on a 4 s ceiling).
    await liveViewHeading(page).waitFor({ timeout: 8_000 });
    await waiting.waitFor({ state: 'detached' });
    expect(sim.count(LIVE_VIEWS)).toBe(2);
    await expectCleanRun(demo);
  });

  it('NO_COVERAGE: "Check now" checks at once, keeps waiting while nobody is online, then recovers', async () => {
    const { sim, demo, page } = await start({ scenario: 'no-coverage', scenarioOptions: { retryAfterSeconds: 1 } });
    const checkNow = page.getByRole('button', { name: enText('action.checkNow') });
    await checkNow.waitFor();
    await demo.mark();

    await checkNow.click();
    await sim.waitForCount(2, LIVE_VIEWS);
    await page.getByText(enPattern('waiting.countdown')).waitFor();
    await expect(page.getByRole('status', { name: enText('code.NO_COVERAGE.title') }).isVisible()).resolves.toBe(true);

    sim.bringOperatorOnline();
    await checkNow.click();
    await liveViewHeading(page).waitFor();
    expect(sim.count(LIVE_VIEWS)).toBe(3);
    await expectCleanRun(demo);
  });

  it('INSUFFICIENT_CREDIT: shows the top-up prompt, and a shorter view goes through', async () => {
    const { sim, demo, page } = await start({ scenario: 'insufficient-credit', scenarioOptions: { creditSeconds: 45 } });
    await page.getByRole('alert', { name: enText('code.INSUFFICIENT_CREDIT.title') }).waitFor();
    await demo.mark();
    const topUp = page.getByRole('link', { name: `${enText('action.topUp')} ${enText('newWindow')}` });
    expect(await topUp.getAttribute('href')).toBe('https://console.luxxon.example/billing');
    expect(await topUp.getAttribute('target')).toBe('_blank');
    await expect(page.getByRole('button', { name: enText('action.toppedUp') }).isVisible()).resolves.toBe(true);
    expect(await page.content()).not.toContain(DETAIL_MARKER);
    expect(sim.count(LIVE_VIEWS)).toBe(1);

    await page.getByRole('button', { name: enText('action.shortenDuration') }).click();
    await liveViewHeading(page).waitFor();
    await expect(page.getByText('Up to 30 seconds of video').isVisible()).resolves.toBe(true);
    expect(sim.requests().filter((r) => r.method === 'POST').map((r) => [r.status, (r.body as { maxDurationSeconds: number }).maxDurationSeconds])).toEqual([
      [400, 60],
      [201, 30],
    ]);
    await expectCleanRun(demo);
  });

  it('an unknown code gets the generic localized state, and follows a language switch without a request', async () => {
    const { sim, demo, page } = await start({ scenario: 'unknown-code', scenarioOptions: { code: 'RATE_LIMITED', status: 429 } });
    const generic = page.getByRole('alert', { name: enText('generic.title') });
    await generic.waitFor();
    await demo.mark();
    // The server's English message, marked as English, as secondary text; the code for support.
    const quote = page.locator('q > bdi[lang="en"]');
    expect(await quote.textContent()).toBe('Too many live views requested from this workspace; slow down.');
    expect(await page.getByRole('group', { name: enText('support.heading') }).textContent()).toContain('RATE_LIMITED');
    // The live view's own x-request-id (the wallet's GET may have come first).
    expect(await page.getByRole('group', { name: enText('support.heading') }).textContent()).toContain(liveViewRequestIds(sim)[0]);
    expect(sim.count(LIVE_VIEWS)).toBe(1);

    await page.getByRole('combobox', { name: 'Language' }).selectOption('es');
    await page.getByRole('alert', { name: esText('generic.title') }).waitFor();
    await expect(page.getByRole('button', { name: esText('action.retry') }).isVisible()).resolves.toBe(true);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('es');
    expect(await page.getByRole('alert').getAttribute('lang')).toBe('es');
    expect(sim.count(LIVE_VIEWS)).toBe(1);
    await expectCleanRun(demo);
  });

  it('a 500 with an HTML body: retried by the policy, then the service-down screen, never the HTML', async () => {
    const { sim, demo, page } = await start({ scenario: 'html-500' });
    const screen = page.getByRole('alert', { name: enText('code.BAD_RESPONSE.title') });
    await screen.waitFor();
    await demo.mark();
    expect(await page.locator('.lx-error').getAttribute('data-kind')).toBe('service-down');
    expect(await page.locator('.lx-error').getAttribute('data-code')).toBe('BAD_RESPONSE');
    // The first request and the policy's three retries (BAD_RESPONSE is transient).
    expect(sim.count(LIVE_VIEWS)).toBe(4);
    expect(sim.requests().every((r) => r.method !== 'POST' || r.status === 500)).toBe(true);
    // The support reference quotes the last live view's x-request-id (read through CORS).
    expect(await page.getByRole('group', { name: enText('support.heading') }).textContent()).toContain(liveViewRequestIds(sim)[3]);
    const html = await page.content();
    expect(html).not.toContain('nginx');
    expect(html).not.toContain('500 Internal Server Error');
    expect(await page.evaluate(() => 'simulatorHtmlRan' in window || '__simulatorHtmlRan' in window)).toBe(false);

    sim.setScenario('ok');
    await page.getByRole('button', { name: enText('action.retry') }).click();
    await liveViewHeading(page).waitFor();
    expect(sim.count(LIVE_VIEWS)).toBe(5);
    await expectCleanRun(demo);
  });

  it('transient 503s are retried quietly: the live view shows without an error screen', async () => {
    const { sim, demo, page } = await start({ scenario: 'flaky', scenarioOptions: { failures: 2 } });
    await liveViewHeading(page).waitFor();
    await demo.mark();
    expect(await page.locator('.lx-error').count()).toBe(0);
    expect(sim.requests().filter((r) => r.method === 'POST').map((r) => r.status)).toEqual([503, 503, 201]);
    await expectCleanRun(demo);
  });
});
