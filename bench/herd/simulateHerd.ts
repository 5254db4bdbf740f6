import { herdServer } from './herdServer';
import { unavailable, type RetryStrategy } from './retryStrategies';

/** The server and the crowd of the herd simulation. */
export interface HerdModel {
  /** Clients that all send their first request at t = 0. Default 10 000. */
  readonly clients?: number;
  /** The server answers every request with 503 until then. Default 10 000 ms. */
  readonly outageMs?: number;
  /** After the outage it serves this many requests per 100 ms window; the rest get 503 (load shedding). Default 500. */
  readonly capacityPer100Ms?: number;
  /** Time from sending a request to reading the answer. Default 50 ms. */
  readonly latencyMs?: number;
  /** `Retry-After` on every 503, or none. Default none. */
  readonly retryAfterMs?: number;
  /** Seed of the random source the clients' jitter draws from. Default 1. */
  readonly seed?: number;
  /** Simulated time limit. Default 1 hour. */
  readonly horizonMs?: number;
}

/** What one strategy did to the server. */
export interface HerdResult {
  readonly strategy: string;
  /** Most requests the server received in one 100 ms window after the first one (the t = 0 burst is the same for all). */
  readonly peakRetriesPer100Ms: number;
  /** Every request sent until the last client succeeded, first ones included. */
  readonly totalRequests: number;
  /** When the last client succeeded, in ms (Infinity: not within the horizon). */
  readonly allSucceededMs: number;
  /** Requests the server rejected after it recovered (overload). */
  readonly shedAfterRecovery: number;
}

const WINDOW_MS = 100;

/** A small seeded PRNG (mulberry32), so that every run gives the same numbers. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Simulated time, 1 ms steps: `clients` clients hit a 503 at once; the
 * server is down for `outageMs`, then serves `capacityPer100Ms` requests per
 * 100 ms window first come first served (arrivals within the same
 * millisecond in random order) and sheds the rest with 503. A client that
 * fails waits `latencyMs` for the answer, then its strategy's delay, and
 * tries again, until it succeeds.
 *
 * @example simulateHerd(FIXED_INTERVAL, { clients: 100 }).totalRequests
 */
export function simulateHerd(strategy: RetryStrategy, model: HerdModel = {}): HerdResult {
  const { clients = 10_000 } = model;
  const { outageMs, capacityPer100Ms, latencyMs, retryAfterMs, seed, horizonMs } = herdServer(model);
  const random = seededRandom(seed);
  const nextDelay = strategy.create(random);
  const error = unavailable(retryAfterMs);

  const arrivals = new Map<number, number[]>([[0, Array.from({ length: clients }, (_, i) => i)]]);
  const failures = new Uint32Array(clients);
  const perWindow = new Map<number, number>();
  let remaining = clients;
  let totalRequests = 0;
  let shedAfterRecovery = 0;
  let allSucceededMs = Infinity;

  for (let t = 0; t <= horizonMs && remaining > 0; t += 1) {
    const arriving = arrivals.get(t);
    if (arriving === undefined) continue;
    arrivals.delete(t);
    // Fisher–Yates: who of the same millisecond gets the server's capacity first is random.
    for (let i = arriving.length - 1; i > 0; i -= 1) {
      const j = Math.floor(random() * (i + 1));
      [arriving[i], arriving[j]] = [arriving[j] as number, arriving[i] as number];
    }
    const window = Math.floor(t / WINDOW_MS);
    for (const client of arriving) {
      totalRequests += 1;
      const served = perWindow.get(window) ?? 0;
      perWindow.set(window, served + 1);
      const up = t >= outageMs;
      if (up && served < capacityPer100Ms) {
        remaining -= 1;
        if (remaining === 0) allSucceededMs = t + latencyMs;
        continue;
      }
      if (up) shedAfterRecovery += 1;
      failures[client] = (failures[client] ?? 0) + 1;
      const at = t + latencyMs + Math.max(0, Math.round(nextDelay(failures[client] ?? 1, error)));
      const list = arrivals.get(at);
      if (list === undefined) arrivals.set(at, [client]);
      else list.push(client);
    }
  }

  let peak = 0;
  for (const [window, count] of perWindow) if (window > 0 && count > peak) peak = count;
  return { strategy: strategy.name, peakRetriesPer100Ms: peak, totalRequests, allSucceededMs, shedAfterRecovery };
}
