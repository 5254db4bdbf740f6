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
 * clients still spread out; whole seconds, at least one. After a
 * `Retry-After` the wait is that long plus the random half: never sooner
 * than asked, and not all clients in the same second.
 *
 * @example waitingDelay(0, { random: () => 0.5 }) // 3000
 */
export function waitingDelay(attempt: number, options: WaitingDelayOptions = {}): number {
  const { baseDelayMs = 4000, maxDelayMs = 60_000, retryAfterMs, random = Math.random } = options;
  const ceiling = Math.min(maxDelayMs, baseDelayMs * 2 ** Math.max(0, attempt));
  const spread = random() * (ceiling / 2);
  // A NaN Retry-After (from app code) is no Retry-After: it must not turn the countdown into NaN.
  const asked = retryAfterMs === undefined || Number.isNaN(retryAfterMs) ? undefined : Math.max(0, Math.min(retryAfterMs, LIMITS.retryAfterMs));
  // Without Retry-After: half fixed, half random. With it: Retry-After, plus the random half so that
  // the clients it sent away do not all come back in the same second.
  const delay = asked === undefined ? ceiling / 2 + spread : asked + spread;
  return Math.max(1000, Math.ceil(delay / 1000) * 1000);
}
