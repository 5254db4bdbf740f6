import { describe, expect, it } from 'vitest';
import { enText } from '../test/support/locale';
import { expectCleanRun, liveViewHeading, LIVE_VIEWS, useDemoSessions } from './support/demoSessions';

const start = useDemoSessions();

describe('the demo with the kit error lab (@luxxon/react-errors/devtools/production, ?devtools=1)', () => {
  it('forces INSUFFICIENT_CREDIT into the live view: the top-up screen in place, the wallet untouched; Clear shows the live view again', async () => {
    const { sim, demo, page } = await start({ scenario: 'ok' }, { devtools: true });
    await liveViewHeading(page).waitFor();
    await demo.mark();
    const before = sim.count(LIVE_VIEWS);

    await page.getByRole('button', { name: /^Luxxon errors/ }).click();
    const lab = page.getByRole('region', { name: 'Luxxon error lab' });
    await expect(lab.getByRole('combobox', { name: 'Boundary' }).locator('option').allTextContents()).resolves.toEqual(expect.arrayContaining(['live-view', 'wallet']));
    await lab.getByRole('combobox', { name: 'Code' }).selectOption('INSUFFICIENT_CREDIT');
    await lab.getByRole('combobox', { name: 'Boundary' }).selectOption('live-view');
    await lab.getByRole('button', { name: 'Force' }).click();

    await page.getByRole('heading', { name: enText('code.INSUFFICIENT_CREDIT.title') }).waitFor();
    await page.getByRole('link', { name: new RegExp(enText('action.topUp')) }).waitFor();
    await liveViewHeading(page).waitFor({ state: 'detached' });
    // One screen only: the wallet's boundary still shows its content.
    await expect(page.locator('.lx-error').count()).resolves.toBe(1);
    await expect(lab.getByRole('row').nth(1).getByRole('cell').nth(0).textContent()).resolves.toBe('live-view');
    await expect(lab.getByRole('row').nth(1).getByRole('cell').nth(1).textContent()).resolves.toBe('INSUFFICIENT_CREDIT');

    await lab.getByRole('button', { name: 'Clear' }).click();
    await liveViewHeading(page).waitFor();
    await page.getByRole('heading', { name: enText('code.INSUFFICIENT_CREDIT.title') }).waitFor({ state: 'detached' });
    await lab.getByText('No error screen is showing.').waitFor();
    // Cleared, the live view renders again from its query (fetched again or still fresh, never more than once).
    expect(sim.count(LIVE_VIEWS) - before).toBeLessThanOrEqual(1);
    await expectCleanRun(demo);
  });

  it('is absent from the production build unless asked for', async () => {
    const { page } = await start({ scenario: 'ok' });
    await liveViewHeading(page).waitFor();
    await expect(page.getByRole('button', { name: /^Luxxon errors/ }).count()).resolves.toBe(0);
  });
});
