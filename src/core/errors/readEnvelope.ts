import { cleanErrorFields, cleanStatus, isErrorCode, type UncheckedErrorFields } from './cleanErrorFields';
import { isKnownErrorCode } from '../codes/codes';
import type { LuxxonErrorInit } from './LuxxonError';

/** Reads one property without ever throwing (getters and proxies may). */
export function readProperty(value: unknown, key: string): unknown {
  if (typeof value !== 'object' || value === null) return undefined;
  try {
    return (value as Record<string, unknown>)[key];
  } catch {
    return undefined;
  }
}

/**
 * Reads the fields of an error-shaped value, each once, into a plain object: a
 * getter or a proxy may throw, or answer differently on the next read (a code
 * that passes the check and then turns into another). Unchecked: see
 * `cleanErrorFields`.
 */
export function snapshotErrorFields(value: unknown): UncheckedErrorFields {
  const read = (key: string) => readProperty(value, key);
  return {
    code: read('code'),
    statusCode: read('statusCode') ?? read('status'),
    message: read('message'),
    detail: read('detail'),
    timestamp: read('timestamp'),
    requestId: read('requestId'),
    retryAfterMs: read('retryAfterMs'),
  };
}

/**
 * Reads a Luxxon envelope (or an SDK error shaped like one) out of an unknown
 * value. It is one when it has a valid `code` and either a known code or an
 * HTTP status, so that `{ code: 'ECONNREFUSED' }` from Node is not taken for one.
 * Its fields are read once (`snapshotErrorFields`) and checked (`cleanErrorFields`).
 */
export function readEnvelope(value: unknown): LuxxonErrorInit | undefined {
  const fields = snapshotErrorFields(value);
  const { code } = fields;
  if (!isErrorCode(code) || (cleanStatus(fields.statusCode) === undefined && !isKnownErrorCode(code))) return undefined;
  return cleanErrorFields(fields);
}
