import { cleanErrorFields } from './cleanErrorFields';
import { isResponseLike, responseHeadInit } from './fromResponse';
import { failureCode } from './failureCode';
import { SEARCH_DEPTH } from './limits';
import { isLuxxonError, LuxxonError, normalized, type LuxxonErrorInit } from './LuxxonError';
import { readEnvelope, readProperty, snapshotErrorFields } from './readEnvelope';

// Where wrappers keep the envelope: SDK errors, fetch helpers, axios (`response.data`), Error causes.
const WRAPPER_KEYS = ['error', 'body', 'data', 'response', 'cause'] as const;

function findEnvelope(value: unknown, depth: number, seen: Set<unknown>): LuxxonErrorInit | undefined {
  if (typeof value !== 'object' || value === null || seen.has(value)) return undefined;
  seen.add(value);
  const envelope = readEnvelope(value);
  if (envelope !== undefined || depth >= SEARCH_DEPTH) return envelope;
  for (const key of WRAPPER_KEYS) {
    const found = findEnvelope(readProperty(value, key), depth + 1, seen);
    if (found !== undefined) return found;
  }
  return undefined;
}

// What a thrown value is read as: another copy's instance, a Proxy around one of ours, an object
// made on the prototype, a forged brand: each field read once into a plain copy, checked like a
// payload's.
function initOf(value: unknown): LuxxonErrorInit {
  if (isLuxxonError(value)) return cleanErrorFields(snapshotErrorFields(value));
  if (isResponseLike(value)) return responseHeadInit(value);
  const envelope = findEnvelope(value, 0, new Set());
  if (envelope !== undefined) return envelope;
  const code = failureCode(value);
  const message = typeof value === 'string' ? value : readProperty(value, 'message');
  return { code, message: typeof message === 'string' ? message : undefined };
}

/**
 * Turns anything that was thrown into a {@link LuxxonError}. Never throws.
 *
 * - a `LuxxonError` is returned as is; anything else that claims to be one
 *   (another copy's instance, a Proxy around one, an object made on its
 *   prototype) is read once into a plain copy, its fields checked like a
 *   payload's;
 * - an SDK error or a parsed envelope (also wrapped in `error`, `body`, `data`,
 *   `response.data` or `cause`) keeps its code and fields, cut to safe lengths;
 * - a fetch `Response` gives `BAD_RESPONSE` with its status and headers (use
 *   {@link fromResponse} to read its body as well);
 * - a lazy chunk or its CSS that failed to load gives `CHUNK_LOAD_ERROR`;
 * - a failed fetch (offline, DNS, timeout) gives `NETWORK_ERROR`;
 * - anything else (an `Error`, a string, `null`, garbage) gives `UNKNOWN`.
 *
 * The same thrown object always gives the same `LuxxonError`, converted once.
 *
 * @example
 * const error = toLuxxonError(caught);
 * if (error.code === 'NO_COVERAGE') widenSearch();
 */
export function toLuxxonError(value: unknown): LuxxonError {
  // Normalize once: the report, the view, `retry` and `retryDelay` all ask about the same thrown
  // object and get the same LuxxonError, converted once (see `normalized`). An instance this
  // constructor built is its own entry: returned as it is, its fields were checked and are fixed.
  const key = Object(value) === value ? (value as object) : undefined;
  let error = key && normalized.get(key);
  if (error) return error;
  try {
    error = new LuxxonError(initOf(value), { cause: value });
  } catch {
    error = new LuxxonError({ code: 'UNKNOWN' });
  }
  if (key) normalized.set(key, error);
  return error;
}
