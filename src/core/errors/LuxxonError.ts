import { cleanErrorFields } from './cleanErrorFields';
import type { LuxxonErrorCode } from '../codes/codes';

/**
 * Fields of a {@link LuxxonError}; everything but `code` is optional.
 *
 * @example new LuxxonError({ code: 'NO_CREDIT', statusCode: 400, requestId: res.headers.get('x-request-id') ?? undefined })
 */
export interface LuxxonErrorInit {
  /** HTTP status of the response; 0 when there was none (network failure, app code). */
  statusCode?: number;
  /** The stable machine-readable handle. */
  code: LuxxonErrorCode;
  /** The server's English message. Shown to users only as a last resort. */
  message?: string;
  /** Diagnostics for developers. Never rendered. */
  detail?: string;
  /** ISO 8601 time the server produced the error (strict RFC 3339 shape, kept as UTC); empty when unknown. */
  timestamp?: string;
  /** The `x-request-id` of the failed request, for support: a token of `A-Z a-z 0-9 _ . : + / = -`, at most 128. */
  requestId?: string;
  /** How long the server asked clients to wait before retrying (`Retry-After`). */
  retryAfterMs?: number;
}

const BRAND = Symbol.for('@luxxon/react-errors/LuxxonError');

/**
 * What `toLuxxonError` gave for each thrown object; every instance this
 * constructor built maps to itself. A memo of a pure function, keyed weakly:
 * nothing in it anyone can observe but identity, nothing shared between
 * providers, nothing kept alive. A Proxy around an instance, an object made
 * on the prototype or another copy's instance is no key: it gets converted.
 * Internal (no barrel exports it).
 */
export const normalized = new WeakMap<object, LuxxonError>();

/**
 * An error from the Luxxon API (or one the kit made from something else that
 * was thrown). Its fields are checked when it is built (the same
 * `LIMITS` as `toLuxxonError`'s, also for app code's `new LuxxonError`)
 * and immutable from then on.
 *
 * @example
 * try {
 *   await requestLiveView(); // throws `await fromResponse(res)` when !res.ok
 * } catch (error) {
 *   if (isLuxxonError(error) && error.code === 'NO_CREDIT') openBilling();
 * }
 */
export class LuxxonError extends Error {
  override readonly name = 'LuxxonError';
  declare readonly statusCode: number;
  declare readonly code: LuxxonErrorCode;
  declare readonly detail: string | undefined;
  declare readonly timestamp: string;
  declare readonly requestId: string | undefined;
  declare readonly retryAfterMs: number | undefined;
  /** Marks instances across copies of this package (see `isLuxxonError`). */
  readonly [BRAND] = true;

  constructor(init: LuxxonErrorInit, options?: { cause?: unknown }) {
    const { message, statusCode = 0, ...fields } = cleanErrorFields(init);
    super(message ?? '', options);
    // Read-only and non-configurable (defineProperty's defaults): no field can later be reassigned
    // or turned into a getter. The object stays extensible: frameworks tag errors (Next.js `digest`).
    for (const [key, value] of Object.entries({ ...fields, statusCode })) Object.defineProperty(this, key, { value, enumerable: true });
    normalized.set(this, this);
  }

  /** The envelope as the API sent it, plus the kit's extra fields. */
  toJSON(): LuxxonErrorInit {
    const { statusCode, code, message, detail, timestamp, requestId, retryAfterMs } = this;
    return { statusCode, code, message, detail, timestamp, requestId, retryAfterMs };
  }
}

/**
 * Narrows an unknown thrown value to a {@link LuxxonError}, also when it was
 * built by another copy of this package. Never throws. A type guard, not a
 * check of the fields: normalize with `toLuxxonError` before reading them.
 *
 * @example isLuxxonError(new LuxxonError({ code: 'CONFLICT' })) // true, also across copies of the package
 */
export function isLuxxonError(value: unknown): value is LuxxonError {
  try {
    return value instanceof LuxxonError || (typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[BRAND] === true);
  } catch {
    return false;
  }
}
