import { RETRY_AFTER_MS } from './limits';

/**
 * Parses an HTTP `Retry-After` value (delay in seconds, or an HTTP date) into
 * milliseconds from `now`, capped at {@link LIMITS.retryAfterMs}.
 *
 * @example parseRetryAfter('3') // 3000
 */
export function parseRetryAfter(header: string | null | undefined, now: number = Date.now()): number | undefined {
  // Not a string (also from a hostile `headers.get`): no Retry-After.
  if (typeof header !== 'string') return undefined;
  const text = header.trim();
  if (/^\d+$/.test(text)) return Math.min(Number(text) * 1000, RETRY_AFTER_MS);
  // An HTTP date names its weekday and month; bare numbers like "1.5" are not dates.
  if (!/^[A-Za-z]{3},? /.test(text)) return undefined;
  const at = Date.parse(text);
  if (Number.isNaN(at)) return undefined;
  return Math.min(Math.max(at - now, 0), RETRY_AFTER_MS);
}
