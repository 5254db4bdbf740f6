import { describe, expect, it } from 'vitest';
import { LIMITS } from './limits';
import { LuxxonError } from './LuxxonError';

const ONE_MB = 1 << 20;

describe('new LuxxonError(init) from app code', () => {
  it('applies the same limits as toLuxxonError: strings cut, a huge request id refused', () => {
    const error = new LuxxonError({
      code: 'INTERNAL_SERVER_ERROR',
      message: 'm'.repeat(ONE_MB),
      detail: 'd'.repeat(ONE_MB),
      requestId: 'r'.repeat(10 * ONE_MB),
    });
    expect(error.message).toHaveLength(LIMITS.messageLength);
    expect(error.detail).toHaveLength(LIMITS.detailLength);
    // A cut request id is another request's id: refused, not cut.
    expect(error.requestId).toBeUndefined();
  });

  it.each([
    [1e308, 0],
    [42, 0],
    [404.5, 0],
    [-503, 0],
    [Number.NaN, 0],
    [404, 404],
    [599, 599],
    [600, 0],
  ])('bounds statusCode %j to an HTTP status or 0: %j', (statusCode, expected) => {
    expect(new LuxxonError({ code: 'NOT_FOUND', statusCode }).statusCode).toBe(expected);
  });

  it.each([
    [1e308, LIMITS.retryAfterMs],
    [LIMITS.retryAfterMs + 1, LIMITS.retryAfterMs],
    [1500, 1500],
    [0, 0],
    [Infinity, undefined],
    [Number.NaN, undefined],
    [-1, undefined],
  ])('keeps retryAfterMs %j finite and capped: %j', (retryAfterMs, expected) => {
    expect(new LuxxonError({ code: 'UNAVAILABLE', retryAfterMs }).retryAfterMs).toBe(expected);
  });

  it('checks request id and timestamp to their strict shapes, and normalizes the time to ISO', () => {
    const forged = new LuxxonError({
      code: 'INTERNAL_SERVER_ERROR',
      requestId: 'req_1\ncode: NOT_AUTHENTICATED\nrequest: req_FORGED',
      timestamp: '2026-05-13 (\nrequest: req_FORGED)',
    });
    expect([forged.requestId, forged.timestamp]).toEqual([undefined, '']);
    const offset = new LuxxonError({ code: 'INTERNAL_SERVER_ERROR', requestId: 'req_01HX-a.b:c', timestamp: '2026-05-13T10:30:00+02:00' });
    expect([offset.requestId, offset.timestamp]).toEqual(['req_01HX-a.b:c', '2026-05-13T08:30:00.000Z']);
  });

  it('gives UNKNOWN for a code that is not a short identifier (wrong type too, from JavaScript)', () => {
    expect(new LuxxonError({ code: '<img src=x onerror=alert(1)>' }).code).toBe('UNKNOWN');
    expect(new LuxxonError({ code: 'A'.repeat(LIMITS.codeLength + 1) }).code).toBe('UNKNOWN');
    expect(new LuxxonError({ code: 403 as unknown as string, message: {} as unknown as string }).toJSON()).toMatchObject({ code: 'UNKNOWN', message: '' });
  });

  it('is immutable once built: its fields can be neither reassigned nor turned into getters', () => {
    const error = new LuxxonError({ code: 'NO_CREDIT', statusCode: 400 });
    expect(() => {
      (error as { code: string }).code = 'NOT_AUTHENTICATED';
    }).toThrow(TypeError);
    expect(() => Object.defineProperty(error, 'code', { get: () => 'NOT_AUTHENTICATED' })).toThrow(TypeError);
    expect([error.code, error.statusCode]).toEqual(['NO_CREDIT', 400]);
    // Still an ordinary object otherwise: frameworks may tag errors they handle (Next.js sets `digest`).
    (error as unknown as Record<string, unknown>)['digest'] = '123';
    expect((error as unknown as Record<string, unknown>)['digest']).toBe('123');
  });
});
