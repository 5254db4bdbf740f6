import type { LuxxonErrorCode } from './codes';

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
  /** ISO-8601 time the server produced the error; empty when unknown. */
  timestamp?: string;
  /** The `x-request-id` of the failed request, for support. */
  requestId?: string;
  /** How long the server asked clients to wait before retrying (`Retry-After`). */
  retryAfterMs?: number;
}

const BRAND = Symbol.for('@luxxon/react-errors/LuxxonError');

/**
 * An error from the Luxxon API (or one the kit made from something else that
 * was thrown). Immutable once built.
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
  readonly statusCode: number;
  readonly code: LuxxonErrorCode;
  readonly detail: string | undefined;
  readonly timestamp: string;
  readonly requestId: string | undefined;
  readonly retryAfterMs: number | undefined;
  /** Marks instances across copies of this package (see `isLuxxonError`). */
  readonly [BRAND] = true;

  constructor(init: LuxxonErrorInit, options?: { cause?: unknown }) {
    super(init.message ?? '', options);
    this.statusCode = init.statusCode ?? 0;
    this.code = init.code;
    this.detail = init.detail;
    this.timestamp = init.timestamp ?? '';
    this.requestId = init.requestId;
    this.retryAfterMs = init.retryAfterMs;
  }

  /** The envelope as the API sent it, plus the kit's extra fields. */
  toJSON(): LuxxonErrorInit {
    return {
      statusCode: this.statusCode,
      code: this.code,
      message: this.message,
      detail: this.detail,
      timestamp: this.timestamp,
      requestId: this.requestId,
      retryAfterMs: this.retryAfterMs,
    };
  }
}

/**
 * Narrows an unknown thrown value to a {@link LuxxonError}, also when it was
 * built by another copy of this package.
 *
 * @example isLuxxonError(new LuxxonError({ code: 'CONFLICT' })) // true, also across copies of the package
 */
export function isLuxxonError(value: unknown): value is LuxxonError {
  if (value instanceof LuxxonError) return true;
  try {
    return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[BRAND] === true;
  } catch {
    return false;
  }
}
