import { LIMITS } from './limits';

/** Tuning for {@link waitingDelay}. */
export interface WaitingDelayOptions {
  /** Backoff ceiling of the first automatic retry. Default 4 000 ms. */
  readonly baseDelayMs?: number;
  /** Largest ceiling. Default 60 000 ms. */
  readonly maxDelayMs?: number;
  /** The server's `Retry-After`, a floor for the wait. */
  readonly retryAfterMs?: number | undefined;
  /** Source of randomness in [0, 1). Default `Math.random`. */
  readonly random?: () => number;
}

/**
 * How long the "waiting" screen counts down before its `attempt`-th automatic
 * retry (0-based). Exponential backoff with "equal jitter" (half fixed, half
 * random) so that the visible countdown never collapses to zero while
 * clients still spread out; whole seconds, at least one; never sooner than
 * `Retry-After`.
 *
 * @example waitingDelay(0, { random: () => 0.5 }) // 3000
 */
export function waitingDelay(attempt: number, options: WaitingDelayOptions = {}): number {
  const { baseDelayMs = 4000, maxDelayMs = 60_000, retryAfterMs, random = Math.random } = options;
  const ceiling = Math.min(maxDelayMs, baseDelayMs * 2 ** Math.max(0, attempt));
  const jittered = ceiling / 2 + random() * (ceiling / 2);
  // A NaN Retry-After (from app code) is no Retry-After: it must not turn the countdown into NaN.
  const floor = retryAfterMs === undefined || Number.isNaN(retryAfterMs) ? 0 : Math.min(retryAfterMs, LIMITS.retryAfterMs);
  return Math.max(1000, Math.ceil(Math.max(jittered, floor) / 1000) * 1000);
}
