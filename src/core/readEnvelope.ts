import { isKnownErrorCode } from './codes';
import { LIMITS } from './limits';
import type { LuxxonErrorInit } from './LuxxonError';

const CODE_PATTERN = /^[A-Za-z][A-Za-z0-9_.:-]*$/;

/** Reads one property without ever throwing (getters and proxies may). */
export function readProperty(value: unknown, key: string): unknown {
  if (typeof value !== 'object' || value === null) return undefined;
  try {
    return (value as Record<string, unknown>)[key];
  } catch {
    return undefined;
  }
}

function readString(value: unknown, key: string, max: number): string | undefined {
  const raw = readProperty(value, key);
  return typeof raw === 'string' && raw.length > 0 ? raw.slice(0, max) : undefined;
}

/** A code the kit accepts: a short identifier, never markup or prose. */
export function readCode(value: unknown): string | undefined {
  const raw = readProperty(value, 'code');
  return typeof raw === 'string' && raw.length <= LIMITS.codeLength && CODE_PATTERN.test(raw) ? raw : undefined;
}

function readStatus(value: unknown): number | undefined {
  const raw = readProperty(value, 'statusCode') ?? readProperty(value, 'status');
  return typeof raw === 'number' && Number.isInteger(raw) && raw >= 100 && raw <= 599 ? raw : undefined;
}

function readTimestamp(value: unknown): string | undefined {
  const raw = readString(value, 'timestamp', LIMITS.timestampLength);
  return raw !== undefined && !Number.isNaN(Date.parse(raw)) ? raw : undefined;
}

function readRetryAfterMs(value: unknown): number | undefined {
  const raw = readProperty(value, 'retryAfterMs');
  return typeof raw === 'number' && Number.isFinite(raw) && raw >= 0 ? Math.min(raw, LIMITS.retryAfterMs) : undefined;
}

/**
 * Reads the fields of an error-shaped value under `code`: fields of the wrong
 * type are dropped, strings are cut to {@link LIMITS}.
 */
export function readErrorFields(value: unknown, code: string): LuxxonErrorInit {
  return {
    code,
    statusCode: readStatus(value),
    message: readString(value, 'message', LIMITS.messageLength),
    detail: readString(value, 'detail', LIMITS.detailLength),
    timestamp: readTimestamp(value),
    requestId: readString(value, 'requestId', LIMITS.requestIdLength),
    retryAfterMs: readRetryAfterMs(value),
  };
}

/**
 * Reads a Luxxon envelope (or an SDK error shaped like one) out of an unknown
 * value. It is one when it has a valid `code` and either a known code or an
 * HTTP status, so that `{ code: 'ECONNREFUSED' }` from Node is not taken for one.
 * Fields of the wrong type are dropped, strings are cut to {@link LIMITS}.
 */
export function readEnvelope(value: unknown): LuxxonErrorInit | undefined {
  const code = readCode(value);
  if (code === undefined) return undefined;
  if (readStatus(value) === undefined && !isKnownErrorCode(code)) return undefined;
  return readErrorFields(value, code);
}
