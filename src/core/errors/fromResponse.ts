import { cleanRequestId, cleanStatus } from './cleanErrorFields';
import { BODY_LENGTH, BODY_READ_MS } from './limits';
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
  /** The body stream, when there is one: read up to `LIMITS.bodyLength` bytes, then cancelled. */
  readonly body?: ReadableStream<Uint8Array> | null;
  /** Read instead of `body` when there is no stream. */
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
 * At most `LIMITS.bodyLength` bytes of the body, read within
 * `LIMITS.bodyReadMs`; `''` when it cannot be read in time. A huge or
 * endless body is cancelled once enough of it arrived.
 */
async function readBody(res: ResponseLike): Promise<string> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let reader: ReadableStreamDefaultReader<Uint8Array> | undefined;
  try {
    reader = res.body?.getReader();
    const late = new Promise<never>((_, reject) => {
      timer = setTimeout(reject, BODY_READ_MS);
    });
    if (!reader) return (await Promise.race([res.text(), late])).slice(0, BODY_LENGTH);
    const decoder = new TextDecoder();
    let text = '';
    for (let left = BODY_LENGTH; left > 0; ) {
      const { done, value } = await Promise.race([reader.read(), late]);
      if (done) break;
      text += decoder.decode(value.subarray(0, left), { stream: true });
      left -= value.length;
    }
    return text;
  } catch {
    // Unreadable, too slow or not bytes: the same as no body.
    return '';
  } finally {
    clearTimeout(timer);
    // The rest is never read: cancel it, without waiting and whatever a hostile reader does.
    void Promise.resolve()
      .then(() => reader?.cancel())
      .catch(() => undefined);
  }
}

/**
 * Reads a failed fetch `Response` into a {@link LuxxonError}: the JSON
 * envelope from its body, `Retry-After` and `x-request-id` from its headers
 * (the header's request id wins over one in the body).
 * A body that is not an envelope (an HTML error page, invalid JSON, more than
 * `LIMITS.bodyLength` bytes, still arriving after `LIMITS.bodyReadMs`) gives
 * `BAD_RESPONSE` with the response's status. Reads at most that many bytes
 * of the body's stream, then cancels it. Never rejects.
 *
 * @example
 * const res = await fetch('/v1/live-views', { method: 'POST', body });
 * if (!res.ok) throw await fromResponse(res);
 */
export async function fromResponse(res: ResponseLike): Promise<LuxxonError> {
  const head = responseHeadInit(res);
  const envelope = readEnvelope(parseJson(await readBody(res)));
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
