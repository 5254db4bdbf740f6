import type { LuxxonErrorCode } from '../codes/codes';
import { CODE_LENGTH, DETAIL_LENGTH, MESSAGE_LENGTH, REQUEST_ID_LENGTH, RETRY_AFTER_MS } from './limits';
import type { LuxxonErrorInit } from './LuxxonError';

const CODE = /^[A-Za-z][\w.:-]*$/;
// A token: letters, digits and `_ . : + / = -`. Nothing that can start a line, reorder text (bidi
// overrides and isolates) or hide (controls, zero-width and other spaces), so a copied reference
// always has one line per field.
const REQUEST_ID = /^[\w.:+/=-]+$/;
// ISO 8601 as servers write it (RFC 3339): date, `T`, time, zone. `Date.parse` alone is no check:
// V8 takes "2026-05-13 (\nrequest: req_FORGED)" (a parenthesised comment) and much else.
const ISO_TIME = /^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d{1,9})?)?(Z|[+-]\d\d:\d\d)$/;

/** Whether `value` is a code the kit accepts: a short identifier, never markup or prose. */
export function isErrorCode(value: unknown): value is LuxxonErrorCode {
  return typeof value === 'string' && value.length <= CODE_LENGTH && CODE.test(value);
}

/** `value` when it is an HTTP status (an integer from 100 to 599). */
export function cleanStatus(value: unknown): number | undefined {
  // Number.isInteger is false for anything that is not a number.
  return Number.isInteger(value) && (value as number) >= 100 && (value as number) <= 599 ? (value as number) : undefined;
}

/** `value` when it is a request id: a token of safe characters, at most {@link LIMITS.requestIdLength}; refused, never cut. */
export function cleanRequestId(value: unknown): string | undefined {
  return typeof value === 'string' && value.length <= REQUEST_ID_LENGTH && REQUEST_ID.test(value) ? value : undefined;
}

/**
 * `value` as an ISO 8601 UTC time (`toISOString`, valid in `<time datetime>`)
 * when it is a strict ISO 8601 date-time; the server's own text when it
 * already is one in UTC; `''` otherwise.
 */
export function cleanTimestamp(value: unknown): string {
  const at = typeof value === 'string' && ISO_TIME.test(value) ? Date.parse(value) : Number.NaN;
  if (Number.isNaN(at)) return '';
  const iso = new Date(at).toISOString();
  return iso.replace('.000Z', 'Z') === value ? value : iso;
}

function cleanText(value: unknown, max: number): string | undefined {
  return typeof value === 'string' && value !== '' ? value.slice(0, max) : undefined;
}

/** The fields of an error as untrusted input may give them: any value in any of them. */
export type UncheckedErrorFields = { readonly [K in keyof LuxxonErrorInit]?: unknown };

/**
 * Bounds every field of an error to {@link LIMITS}, dropping values of the
 * wrong type: a code that is no identifier becomes `UNKNOWN`, strings are
 * cut, request ids and timestamps are checked to their strict shapes, the
 * status is an HTTP status or nothing, `retryAfterMs` finite and capped.
 * `new LuxxonError` runs it, so every instance holds checked fields.
 */
export function cleanErrorFields(fields: UncheckedErrorFields): LuxxonErrorInit {
  const { code, retryAfterMs: wait } = fields;
  return {
    code: isErrorCode(code) ? code : 'UNKNOWN',
    statusCode: cleanStatus(fields.statusCode),
    message: cleanText(fields.message, MESSAGE_LENGTH),
    detail: cleanText(fields.detail, DETAIL_LENGTH),
    timestamp: cleanTimestamp(fields.timestamp),
    requestId: cleanRequestId(fields.requestId),
    // NaN, negative and infinite waits are no wait at all.
    retryAfterMs: typeof wait === 'number' && wait >= 0 && wait < Infinity ? Math.min(wait, RETRY_AFTER_MS) : undefined,
  };
}
