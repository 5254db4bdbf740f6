// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { simulatePageHerd, type PageHerdModel } from './simulatePageHerd';

// 10 pages × 5 waiting boundaries on NO_COVERAGE; the server down for 30 s.
const SMALL: PageHerdModel = { pages: 10, queriesPerPage: 5, outageMs: 30_000 };
const QUERIES = 10 * 5;

describe('simulatePageHerd: the page model of the herd benchmark', () => {
  it('with the coordinator a page sends one check per shared deadline while the server is down, a fifth of its boundaries on their own', async () => {
    // The same jitter for every draw: both ways count down alike, so the checks compare one for one.
    const model = { ...SMALL, random: () => 0.5 };
    const alone = await simulatePageHerd('per-boundary', model);
    const together = await simulatePageHerd('coordinator', model);
    expect(alone.checksWhileDown).toBeGreaterThan(0);
    expect(together.checksWhileDown * 5).toBe(alone.checksWhileDown);
    // On recovery each page still fetches all of its queries within one answer's time: the probe, then the rest at once.
    expect(together.peakChecksPer100Ms).toBe(QUERIES);
  });

  it('with seeded jitter the coordinator still sends at most a fifth of the checks while down', async () => {
    const alone = await simulatePageHerd('per-boundary', SMALL);
    const together = await simulatePageHerd('coordinator', SMALL);
    expect(together.checksWhileDown).toBeGreaterThan(0);
    expect(together.checksWhileDown).toBeLessThanOrEqual(alone.checksWhileDown / 5);
  });

  it.each(['per-boundary', 'coordinator'] as const)('%s: with capacity to spare, every query is fetched exactly once after the outage', async (recovery) => {
    const result = await simulatePageHerd(recovery, { ...SMALL, capacityPer100Ms: 1_000_000 });
    // The page loads, the checks that failed, then one request per query.
    expect(result.totalRequests).toBe(QUERIES + result.checksWhileDown + QUERIES);
    expect(result.shedAfterRecovery).toBe(0);
    expect(result.allSucceededMs).toBeGreaterThan(30_000);
    expect(result.allSucceededMs).toBeLessThan(30_000 + 60_000);
  });

  it('under load shedding every query still succeeds, and the shed checks are counted', async () => {
    const result = await simulatePageHerd('coordinator', { ...SMALL, capacityPer100Ms: 3 });
    expect(Number.isFinite(result.allSucceededMs)).toBe(true);
    expect(result.shedAfterRecovery).toBeGreaterThan(0);
    expect(result.totalRequests).toBe(QUERIES + result.checksWhileDown + result.shedAfterRecovery + QUERIES);
  });
});
