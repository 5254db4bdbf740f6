import type { HerdModel } from './simulateHerd';

/** The server of a herd simulation, every default filled in. */
export interface HerdServer {
  readonly outageMs: number;
  readonly capacityPer100Ms: number;
  readonly latencyMs: number;
  readonly retryAfterMs: number | undefined;
  readonly seed: number;
  readonly horizonMs: number;
}

/**
 * The server part of a {@link HerdModel} with its defaults (down 10 s, then
 * 500 requests per 100 ms, 50 ms answers, no Retry-After, seed 1, 1 hour),
 * shared by the client herd and the page herd so that both model one server.
 *
 * @example herdServer({ outageMs: 5000 }).capacityPer100Ms // 500
 */
export function herdServer(model: Omit<HerdModel, 'clients'>): HerdServer {
  return {
    outageMs: model.outageMs ?? 10_000,
    capacityPer100Ms: model.capacityPer100Ms ?? 500,
    latencyMs: model.latencyMs ?? 50,
    retryAfterMs: model.retryAfterMs,
    seed: model.seed ?? 1,
    horizonMs: model.horizonMs ?? 60 * 60_000,
  };
}
