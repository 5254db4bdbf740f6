import { LuxxonError } from '../../src/core/errors/LuxxonError';
import { createRecoveryCoordinator, type CheckOutcome, type RecoveryMember } from '../../src/core/recovery/createRecoveryCoordinator';
import { waitingDelay } from '../../src/core/recovery/waitingDelay';
import { createEventClock, type EventClock } from './createEventClock';
import { herdServer } from './herdServer';
import { seededRandom, type HerdModel } from './simulateHerd';

/** The crowd of pages and the server of the page simulation; the server as in {@link HerdModel}. */
export interface PageHerdModel extends Omit<HerdModel, 'clients'> {
  /** Pages that all load at t = 0. Default 10 000. */
  readonly pages?: number;
  /** Queries per page, each under its own boundary; all fail with NO_COVERAGE. Default 5. */
  readonly queriesPerPage?: number;
  /** Pages load at random times within this span from t = 0 (0: all at t = 0, as the clients of the herd). Default 0. */
  readonly loadSpreadMs?: number;
  /** The clients' jitter; default a random source seeded with `seed`. Tests pass a constant one. */
  readonly random?: () => number;
}

/**
 * How a page's waiting boundaries recover: each on its own countdown and
 * check (the kit before the coordinator), or through the page's one
 * `createRecoveryCoordinator` (one shared countdown and probe per code).
 */
export type PageRecovery = 'per-boundary' | 'coordinator';

/** What one way of recovering did to the server. */
export interface PageHerdResult {
  readonly recovery: PageRecovery;
  /** Most checks the server received in one 100 ms window (the page loads, the same for both, left out). */
  readonly peakChecksPer100Ms: number;
  /** Every request sent until the last query succeeded, the page loads included. */
  readonly totalRequests: number;
  /** Checks sent after the page loads and before the outage ended (each of them failed). */
  readonly checksWhileDown: number;
  /** When the last query succeeded, in ms (Infinity: not within the horizon). */
  readonly allSucceededMs: number;
  /** When 99 % of the queries had succeeded, in ms: the crowd, without its slowest tail. */
  readonly mostSucceededMs: number;
  /** Requests the server rejected after it recovered (overload). */
  readonly shedAfterRecovery: number;
}

const WINDOW_MS = 100;

/** One failing query's waiting boundary, from the moment its first fetch failed. */
type ShowWaiting = (check: () => Promise<CheckOutcome>, error: LuxxonError) => void;

/** The kit before the coordinator: every boundary counts down `waitingDelay` and checks its own query. */
function perBoundary(clock: EventClock, random: () => number): () => ShowWaiting {
  return () => (check, error) => {
    const countDown = (attempt: number) => {
      clock.setTimeout(async () => {
        // Backoff grows with every failed check, as it did on the screen of its own.
        if ((await check()) === 'failed') countDown(attempt + 1);
      }, waitingDelay(attempt, { retryAfterMs: error.retryAfterMs, random }));
    };
    countDown(0);
  };
}

/** The kit with the coordinator: one per page (its `LuxxonProvider`), every boundary a member. */
function coordinated(clock: EventClock, random: () => number): () => ShowWaiting {
  return () => {
    const recovery = createRecoveryCoordinator({ clock, random });
    return (check, error) => {
      const member: RecoveryMember = recovery.join({
        error,
        check: async () => {
          const outcome = await check();
          // A recovered boundary renders its content again: its waiting screen unmounts, after this check.
          if (outcome === 'recovered') queueMicrotask(member.leave);
          return outcome;
        },
        retry: () => undefined,
      });
    };
  };
}

/**
 * Simulated time, discrete events: `pages` pages load at t = 0, each with
 * `queriesPerPage` queries under boundaries of their own. The server is
 * down (503 NO_COVERAGE, not retried by React Query) for `outageMs`, then
 * serves `capacityPer100Ms` requests per 100 ms window first come first
 * served (arrivals within the same millisecond in random order) and sheds
 * the rest with the same 503. Answers take `latencyMs`. Every failed query
 * shows a waiting boundary, which checks with one request until it
 * succeeds; `recovery` says who decides when. With the coordinator, the
 * real `createRecoveryCoordinator` runs on the simulated clock.
 *
 * @example (await simulatePageHerd('coordinator', { pages: 100 })).checksWhileDown
 */
export async function simulatePageHerd(recovery: PageRecovery, model: PageHerdModel = {}): Promise<PageHerdResult> {
  const { pages = 10_000, queriesPerPage = 5, loadSpreadMs = 0 } = model;
  const { outageMs, capacityPer100Ms, latencyMs, retryAfterMs, seed, horizonMs } = herdServer(model);
  const clock = createEventClock();
  const random = model.random ?? seededRandom(seed);
  // The server's own draws (who of one millisecond is served first), apart from the clients' jitter.
  const serverRandom = seededRandom(seed + 1);
  const error = new LuxxonError({ code: 'NO_COVERAGE', statusCode: 503, retryAfterMs });

  const perWindow = new Map<number, number>();
  const checksPerWindow = new Map<number, number>();
  interface Sent {
    readonly resolve: (outcome: CheckOutcome) => void;
    /** A waiting boundary's check, not a page's first fetch. */
    readonly check: boolean;
  }
  let sent: Sent[] = [];
  let remaining = pages * queriesPerPage;
  let totalRequests = 0;
  let checksWhileDown = 0;
  let shedAfterRecovery = 0;
  let allSucceededMs = Infinity;
  let mostSucceededMs = Infinity;
  const tail = Math.floor(remaining / 100);

  const request = (check: boolean) => new Promise<CheckOutcome>((resolve) => sent.push({ resolve, check }));
  const checkRequest = () => request(true);

  // The server answers what reached it within one instant, in random order.
  const serve = (t: number) => {
    if (sent.length === 0) return;
    const batch = sent;
    sent = [];
    const order = batch.map((one) => ({ ...one, key: serverRandom() })).sort((a, b) => a.key - b.key);
    const window = Math.floor(t / WINDOW_MS);
    const up = t >= outageMs;
    const answers = order.map(({ resolve, check }) => {
      totalRequests += 1;
      const served = perWindow.get(window) ?? 0;
      perWindow.set(window, served + 1);
      if (check) checksPerWindow.set(window, (checksPerWindow.get(window) ?? 0) + 1);
      if (up && served < capacityPer100Ms) {
        remaining -= 1;
        if (remaining === tail) mostSucceededMs = t + latencyMs;
        if (remaining === 0) allSucceededMs = t + latencyMs;
        return () => resolve('recovered');
      }
      if (up) shedAfterRecovery += 1;
      else if (check) checksWhileDown += 1;
      return () => resolve('failed');
    });
    clock.setTimeout(() => {
      for (const answer of answers) answer();
    }, latencyMs);
  };

  const newPage = (recovery === 'coordinator' ? coordinated : perBoundary)(clock, random);
  const load = () => {
    const showWaiting = newPage();
    for (let q = 0; q < queriesPerPage; q += 1) {
      void request(false).then((outcome) => {
        if (outcome === 'failed') showWaiting(checkRequest, error);
      });
    }
  };
  for (let p = 0; p < pages; p += 1) {
    if (loadSpreadMs > 0) clock.setTimeout(load, Math.floor(random() * loadSpreadMs));
    else load();
  }
  serve(0);
  await clock.run({ done: () => remaining === 0, horizonMs, endOfInstant: serve });

  const peak = Math.max(0, ...checksPerWindow.values());
  return { recovery, peakChecksPer100Ms: peak, totalRequests, checksWhileDown, allSucceededMs, mostSucceededMs, shedAfterRecovery };
}
