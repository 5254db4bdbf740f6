import type { AppCodes } from '../codes/appCodes';
import { describeCode } from '../codes/codeRegistry';
import { toLuxxonError } from '../errors/toLuxxonError';

/**
 * Tuning for {@link createRetryPolicy}.
 *
 * @example createRetryPolicy({ maxRetries: 5, baseDelayMs: 250, maxDelayMs: 8000 } satisfies RetryPolicyOptions)
 */
export interface RetryPolicyOptions {
  /** Retries after the first failure, for transient codes only. Default 3. */
  readonly maxRetries?: number;
  /** First backoff ceiling. Default 1000 ms. */
  readonly baseDelayMs?: number;
  /** Largest backoff ceiling. Default 30 000 ms. */
  readonly maxDelayMs?: number;
  /** Longest `Retry-After` honoured (the jitter comes on top). Default 60 000 ms. */
  readonly maxRetryAfterMs?: number;
  /** Source of randomness in [0, 1); inject one in tests. Default `Math.random`. */
  readonly random?: () => number;
  /** The app's own codes, the ones passed to `<LuxxonProvider codes>`: a declared `retryable` code retries too. */
  readonly codes?: AppCodes;
}

/**
 * `retry` and `retryDelay` in the shape React Query's options take.
 *
 * @example
 * const { retry, retryDelay }: RetryPolicy = createRetryPolicy({ maxRetries: 2 });
 * new QueryClient({ defaultOptions: { queries: { retry, retryDelay } } });
 */
export interface RetryPolicy {
  /** Whether to retry after `failureCount` failures (0 after the first). */
  readonly retry: (failureCount: number, error: unknown) => boolean;
  /** Milliseconds to wait before the next try. */
  readonly retryDelay: (failureCount: number, error: unknown) => number;
}

/**
 * A retry policy for React Query: only transient codes (UNAVAILABLE, the
 * infrastructure family, network failures) retry, with exponential backoff
 * and full jitter ("sleep = random(0, min(cap, base·2ⁿ))"); after a
 * `Retry-After`, that jitter comes on top of it, so clients never come back
 * sooner than asked, nor all at once. Auth, credit, scope, state and input
 * errors never retry.
 *
 * @example
 * const { retry, retryDelay } = createRetryPolicy({ maxRetries: 2 });
 * new QueryClient({ defaultOptions: { queries: { retry, retryDelay } } });
 */
export function createRetryPolicy(options: RetryPolicyOptions = {}): RetryPolicy {
  const {
    maxRetries = 3,
    baseDelayMs = 1000,
    maxDelayMs = 30_000,
    maxRetryAfterMs = 60_000,
    random = Math.random,
    codes,
  } = options;
  return {
    retry: (failureCount, error) => failureCount < maxRetries && describeCode(toLuxxonError(error).code, codes).retryable,
    retryDelay: (failureCount, error) => {
      const ceiling = Math.min(maxDelayMs, baseDelayMs * 2 ** Math.max(0, failureCount));
      const jittered = Math.floor(random() * ceiling);
      // Retry-After comes on top of the jitter (as a bare floor it sends every client back at the same
      // instant), so it only ever lengthens the wait: `0` or a date in the past is the plain backoff.
      // A LuxxonError holds it finite, 0 to 5 minutes; maxRetryAfterMs bounds it again.
      return Math.max(0, Math.min(toLuxxonError(error).retryAfterMs ?? 0, maxRetryAfterMs)) + jittered;
    },
  };
}

const defaultPolicy = createRetryPolicy();

/**
 * React Query `retry` with the kit's default policy (3 retries, transient codes only).
 *
 * @example useQuery({ queryKey, queryFn, retry: luxxonRetry, retryDelay: luxxonRetryDelay })
 */
export const luxxonRetry: RetryPolicy['retry'] = defaultPolicy.retry;

/**
 * React Query `retryDelay` with the kit's default policy (full jitter, 1 s base, 30 s cap, honours `Retry-After`).
 *
 * @example useQuery({ queryKey, queryFn, retry: luxxonRetry, retryDelay: luxxonRetryDelay })
 */
export const luxxonRetryDelay: RetryPolicy['retryDelay'] = defaultPolicy.retryDelay;
