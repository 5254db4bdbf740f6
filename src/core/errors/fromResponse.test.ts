import { afterEach, describe, expect, it, vi } from 'vitest';
import { fromResponse } from './fromResponse';
import { LIMITS } from './limits';

const envelope = {
  statusCode: 503,
  code: 'NO_COVERAGE',
  message: 'No ONLINE operator covers the requested point.',
  detail: 'dispatch:noOperator',
  timestamp: '2026-05-13T08:30:00Z',
};

function json(body: unknown, init: ResponseInit = {}) {
  return new Response(JSON.stringify(body), { status: 503, ...init, headers: { 'content-type': 'application/json', ...init.headers } });
}

describe('fromResponse', () => {
  it('reads the envelope, Retry-After and x-request-id', async () => {
    const error = await fromResponse(json(envelope, { headers: { 'retry-after': '7', 'x-request-id': 'req_abc' } }));
    expect(error.toJSON()).toEqual({ ...envelope, requestId: 'req_abc', retryAfterMs: 7000 });
  });

  it('reads an HTTP-date Retry-After relative to now', async () => {
    vi.useFakeTimers({ now: new Date('2026-05-13T08:30:00Z') });
    try {
      const error = await fromResponse(json(envelope, { headers: { 'retry-after': 'Wed, 13 May 2026 08:30:12 GMT' } }));
      expect(error.retryAfterMs).toBe(12_000);
    } finally {
      vi.useRealTimers();
    }
  });

  it('takes the status from the response when the envelope has none', async () => {
    const { statusCode, ...rest } = envelope;
    expect(statusCode).toBe(503);
    const error = await fromResponse(json(rest, { status: 503 }));
    expect(error.statusCode).toBe(503);
  });

  it.each([
    ['an HTML error page', new Response('<html><body><h1>502 Bad Gateway</h1></body></html>', { status: 502 })],
    ['invalid JSON', new Response('{"code": "NO_CREDIT"', { status: 500 })],
    ['an empty body', new Response(null, { status: 500 })],
    ['JSON that is not an envelope', new Response('{"error":"nope"}', { status: 500 })],
  ])('gives BAD_RESPONSE with the status for %s', async (_, res) => {
    const error = await fromResponse(res);
    expect(error.code).toBe('BAD_RESPONSE');
    expect(error.statusCode).toBe(res.status);
    expect(error.message).toBe('');
  });

  it('never rejects when the body cannot be read', async () => {
    const res = { status: 500, headers: new Headers({ 'x-request-id': 'req_x' }), text: () => Promise.reject(new TypeError('body used')) };
    const error = await fromResponse(res);
    expect([error.code, error.requestId]).toEqual(['BAD_RESPONSE', 'req_x']);
  });

  it('never rejects when headers.get hands back something that is not a string', async () => {
    const res = { status: 503, headers: { get: () => 42 as unknown as string }, text: () => Promise.resolve('') };
    const error = await fromResponse(res);
    expect([error.code, error.requestId, error.retryAfterMs]).toEqual(['BAD_RESPONSE', undefined, undefined]);
  });

  it('ignores a Retry-After that is not a number or a date', async () => {
    const error = await fromResponse(json(envelope, { headers: { 'retry-after': 'soon' } }));
    expect(error.retryAfterMs).toBeUndefined();
  });

  it('prefers the x-request-id header to the body: it is what the server logs carry', async () => {
    const error = await fromResponse(json({ ...envelope, requestId: 'req_from_body' }, { headers: { 'x-request-id': 'req_from_header' } }));
    expect(error.requestId).toBe('req_from_header');
  });

  it('falls back to the body\'s request id when the header is missing or not a valid id', async () => {
    const missing = await fromResponse(json({ ...envelope, requestId: 'req_from_body' }));
    const joined = await fromResponse(json({ ...envelope, requestId: 'req_from_body' }, { headers: { 'x-request-id': 'req_a, req_b' } }));
    expect([missing.requestId, joined.requestId]).toEqual(['req_from_body', 'req_from_body']);
  });

  it('refuses a forged request id or timestamp in the body', async () => {
    const error = await fromResponse(json({ ...envelope, requestId: 'req_1\nrequest: req_FORGED', timestamp: '2026-05-13 (\nrequest: req_FORGED)' }));
    expect([error.requestId, error.timestamp]).toEqual([undefined, '']);
  });

  describe('reads a bounded part of the body, in bounded time', () => {
    const MiB = 1 << 20;

    /** A body stream of `chunks` chunks of `size` bytes (Infinity: endless), counting what was pulled. */
    function counted(chunks: number, size: number, fill = 0x20) {
      const seen = { pulled: 0, cancelled: false };
      let sent = 0;
      const stream = new ReadableStream<Uint8Array>({
        pull(controller) {
          if (sent === chunks) return controller.close();
          sent += 1;
          seen.pulled += size;
          controller.enqueue(new Uint8Array(size).fill(fill));
        },
        cancel() {
          seen.cancelled = true;
        },
      });
      return { stream, seen };
    }

    afterEach(() => {
      vi.useRealTimers();
    });

    it('stops after LIMITS.bodyLength bytes of a 32 MiB body and cancels the rest', async () => {
      const { stream, seen } = counted(32, MiB);
      const error = await fromResponse(new Response(stream, { status: 502, headers: { 'x-request-id': 'req_big' } }));
      expect([error.code, error.statusCode, error.requestId]).toEqual(['BAD_RESPONSE', 502, 'req_big']);
      expect(seen.pulled).toBeLessThanOrEqual(2 * MiB);
      await vi.waitFor(() => expect(seen.cancelled).toBe(true));
    });

    it('stops reading an endless body at the byte limit', async () => {
      const { stream, seen } = counted(Infinity, 4096);
      const error = await fromResponse(new Response(stream, { status: 500 }));
      expect(error.code).toBe('BAD_RESPONSE');
      expect(seen.pulled).toBeLessThanOrEqual(LIMITS.bodyLength + 2 * 4096);
      await vi.waitFor(() => expect(seen.cancelled).toBe(true));
    });

    it('gives up on a body that never ends after LIMITS.bodyReadMs, and cancels it', async () => {
      vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
      let cancelled = false;
      const stalled = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(new TextEncoder().encode('{"code":"NO_COVERAGE",'));
        },
        cancel() {
          cancelled = true;
        },
      });
      let settled: unknown;
      void fromResponse(new Response(stalled, { status: 503, headers: { 'x-request-id': 'req_slow' } })).then((e) => (settled = e));
      await vi.advanceTimersByTimeAsync(LIMITS.bodyReadMs - 1);
      expect(settled).toBeUndefined();
      await vi.advanceTimersByTimeAsync(1);
      expect(settled).toMatchObject({ code: 'BAD_RESPONSE', statusCode: 503, requestId: 'req_slow' });
      await vi.waitFor(() => expect(cancelled).toBe(true));
    });

    it('gives up on a text() that never settles (a response-like without a stream)', async () => {
      vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
      const res = { status: 503, headers: new Headers(), text: () => new Promise<string>(() => undefined) };
      const pending = fromResponse(res);
      await vi.advanceTimersByTimeAsync(LIMITS.bodyReadMs);
      expect((await pending).code).toBe('BAD_RESPONSE');
    });

    it('reads an envelope that arrives in many small chunks, multi-byte characters split between them', async () => {
      const bytes = new TextEncoder().encode(JSON.stringify({ ...envelope, message: 'Sin operador en línea — 東京' }));
      const stream = new ReadableStream<Uint8Array>({
        start(controller) {
          for (let i = 0; i < bytes.length; i += 3) controller.enqueue(bytes.slice(i, i + 3));
          controller.close();
        },
      });
      const error = await fromResponse(new Response(stream, { status: 503 }));
      expect([error.code, error.message]).toEqual(['NO_COVERAGE', 'Sin operador en línea — 東京']);
    });
  });
});
