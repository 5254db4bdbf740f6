import { cleanRequestId, cleanStatus } from './cleanErrorFields';
import { LIMITS } from './limits';
import { LuxxonError, type LuxxonErrorInit } from './LuxxonError';
import { parseRetryAfter } from './parseRetryAfter';
import { readEnvelope, readProperty } from './readEnvelope';

/** The parts of a fetch `Response` the kit reads; a real `Response` is one. */
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
    const value = res.headers.get(name);
    return typeof value === 'string' ? value : null;
  } catch {
    return null;
  }
}

/** What the status line and headers of a failed response say, without its body. */
export function responseHeadInit(res: ResponseLike): LuxxonErrorInit {
  return {
    code: 'BAD_RESPONSE',
    statusCode: cleanStatus(readProperty(res, 'status')),
    requestId: cleanRequestId(readHeader(res, 'x-request-id')),
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
 * envelope from its body, `Retry-After` and `x-request-id` from its headers
 * (the header's request id wins over one in the body).
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
    // The header wins: it is what the server's (and its proxies') logs carry. The body's is a
    // fallback, for servers that send none or an invalid one.
    requestId: head.requestId ?? envelope.requestId,
    retryAfterMs: head.retryAfterMs ?? envelope.retryAfterMs,
  });
}
