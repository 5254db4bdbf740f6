import { RETRY_AFTER_MS } from '../errors/limits';

/** Backoff ceiling of the first automatic retry. */
const BASE_DELAY_MS = 4000;
/** Largest ceiling. */
const MAX_DELAY_MS = 60_000;

/** Inputs of {@link waitingDelay}. */
export interface WaitingDelayOptions {
  /** The server's `Retry-After`: it may lengthen the wait, never shorten it. */
  readonly retryAfterMs?: number | undefined;
  /** Source of randomness in [0, 1). Default `Math.random`. */
  readonly random?: () => number;
}

/**
 * How long the "waiting" screen counts down before its `attempt`-th automatic
 * retry (0-based). Exponential backoff with "equal jitter" (half fixed, half
 * random) so that the visible countdown never collapses to zero while
 * clients still spread out; whole seconds, at least two (the fixed half of
 * the first 4 s ceiling). A `Retry-After` longer than the fixed half takes
 * its place (the random half comes on top: never sooner than asked, and not
 * all clients in the same second); a shorter one, `0` or a date in the past
 * changes nothing.
 *
 * @example waitingDelay(0, { random: () => 0.5 }) // 3000
 */
export function waitingDelay(attempt: number, options: WaitingDelayOptions = {}): number {
  const { retryAfterMs, random = Math.random } = options;
  const half = Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** Math.max(0, attempt)) / 2;
  // Retry-After lengthens the wait, never shortens it: `0`, a date in the past (a client clock
  // ahead of the server's) or a few ms keep the full floor of the kit's own backoff. `>` is false
  // for NaN (an app's `Number(header) * 1000` of an HTTP date): that is no Retry-After either.
  const asked = Math.min(retryAfterMs ?? 0, RETRY_AFTER_MS);
  return Math.ceil(((asked > half ? asked : half) + random() * half) / 1000) * 1000;
}
