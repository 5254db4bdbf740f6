import { describe, expect, it, vi } from 'vitest';
import { fromResponse } from './fromResponse';

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
});
