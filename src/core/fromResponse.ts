import { LIMITS } from './limits';
import { LuxxonError, type LuxxonErrorInit } from './LuxxonError';
import { parseRetryAfter } from './parseRetryAfter';
import { readEnvelope, readProperty } from './readEnvelope';

/**
 * The parts of a fetch `Response` the kit reads; a real `Response` is one.
 *
 * @example const res: ResponseLike = await fetch(url); // or any object with status, headers.get and text()
 */
export interface ResponseLike {
  readonly status: number;
  readonly headers: { get(name: string): string | null };
  text(): Promise<string>;
}

/** Whether `value` looks like a fetch `Response`. */
export function isResponseLike(value: unknown): value is ResponseLike {
  const headers = readProperty(value, 'headers');
  return (
    typeof readProperty(value, 'status') === 'number' &&
    typeof readProperty(value, 'text') === 'function' &&
    typeof readProperty(headers, 'get') === 'function'
  );
}

function readHeader(res: ResponseLike, name: string): string | null {
  try {
    return res.headers.get(name);
  } catch {
    return null;
  }
}

/** What the status line and headers of a failed response say, without its body. */
export function responseHeadInit(res: ResponseLike): LuxxonErrorInit {
  const requestId = readHeader(res, 'x-request-id')?.slice(0, LIMITS.requestIdLength) || undefined;
  return {
    code: 'BAD_RESPONSE',
    statusCode: Number.isInteger(res.status) && res.status >= 100 && res.status <= 599 ? res.status : 0,
    requestId,
    retryAfterMs: parseRetryAfter(readHeader(res, 'retry-after')),
  };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * Reads a failed fetch `Response` into a {@link LuxxonError}: the JSON
 * envelope from its body, `Retry-After` and `x-request-id` from its headers.
 * A body that is not an envelope (an HTML error page, invalid JSON) gives
 * `BAD_RESPONSE` with the response's status. Never rejects.
 *
 * @example
 * const res = await fetch('/v1/live-views', { method: 'POST', body });
 * if (!res.ok) throw await fromResponse(res);
 */
export async function fromResponse(res: ResponseLike): Promise<LuxxonError> {
  const head = responseHeadInit(res);
  let text = '';
  try {
    text = (await res.text()).slice(0, LIMITS.bodyLength);
  } catch {
    // An unreadable body is the same as a missing one.
  }
  const envelope = readEnvelope(parseJson(text));
  if (envelope === undefined) return new LuxxonError(head);
  return new LuxxonError({
    ...envelope,
    statusCode: envelope.statusCode ?? head.statusCode,
    requestId: envelope.requestId ?? head.requestId,
    retryAfterMs: head.retryAfterMs ?? envelope.retryAfterMs,
  });
}
