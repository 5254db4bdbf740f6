import { describe, expect, it } from 'vitest';
import { LuxxonError, isLuxxonError } from './LuxxonError';
import { toLuxxonError } from './toLuxxonError';

const envelope = {
  statusCode: 403,
  code: 'NOT_AUTHORIZED',
  message: 'Not authorized for this operation',
  detail: 'session:viewDenied',
  timestamp: '2026-05-13T08:30:00Z',
};

describe('toLuxxonError', () => {
  it('returns a LuxxonError unchanged', () => {
    const error = new LuxxonError({ code: 'NO_CREDIT', statusCode: 400 });
    expect(toLuxxonError(error)).toBe(error);
  });

  it('reads a parsed envelope field by field', () => {
    const error = toLuxxonError(envelope);
    expect(error).toBeInstanceOf(LuxxonError);
    expect(error.toJSON()).toEqual({ ...envelope, requestId: undefined, retryAfterMs: undefined });
    expect(error.cause).toBe(envelope);
  });

  it('reads an SDK-like error (an Error with envelope fields)', () => {
    const sdkError = Object.assign(new Error('Pool balance too low'), { code: 'INSUFFICIENT_CREDIT', statusCode: 400, requestId: 'req_9' });
    const error = toLuxxonError(sdkError);
    expect([error.code, error.statusCode, error.message, error.requestId]).toEqual(['INSUFFICIENT_CREDIT', 400, 'Pool balance too low', 'req_9']);
  });

  it.each([
    ['{ error: envelope }', { error: envelope }],
    ['{ body: envelope }', { body: envelope }],
    ['axios-style response.data', { name: 'AxiosError', code: 'ERR_BAD_REQUEST', response: { status: 403, data: envelope } }],
    ['Error cause', new Error('request failed', { cause: envelope })],
  ])('finds an envelope inside %s', (_, value) => {
    expect(toLuxxonError(value).code).toBe('NOT_AUTHORIZED');
  });

  it('keeps an unknown code from the server (codes are append-only)', () => {
    const error = toLuxxonError({ statusCode: 429, code: 'RATE_LIMITED', message: 'Slow down' });
    expect([error.code, error.statusCode, error.message]).toEqual(['RATE_LIMITED', 429, 'Slow down']);
  });

  it('drops fields of the wrong type instead of trusting them', () => {
    const error = toLuxxonError({ code: 'NO_COVERAGE', statusCode: '503', message: 42, detail: { x: 1 }, timestamp: 'yesterday', requestId: [] });
    expect(error.toJSON()).toEqual({
      code: 'NO_COVERAGE',
      statusCode: 0,
      message: '',
      detail: undefined,
      timestamp: '',
      requestId: undefined,
      retryAfterMs: undefined,
    });
  });

  it('cuts long strings to bounded lengths', () => {
    const error = toLuxxonError({ ...envelope, message: 'm'.repeat(100_000), detail: 'd'.repeat(100_000) });
    expect(error.message).toHaveLength(500);
    expect(error.detail).toHaveLength(2000);
  });

  it.each([
    ['a number as code', { statusCode: 400, code: 403 }],
    ['markup as code', { statusCode: 400, code: '<img src=x onerror=alert(1)>' }],
    ['an overlong code', { statusCode: 400, code: 'A'.repeat(65) }],
    ['a code with spaces', { statusCode: 400, code: 'NOT FOUND' }],
    ['a code with no status that the kit does not know', { code: 'ECONNWHATEVER' }],
  ])('does not take %s for a Luxxon code', (_, value) => {
    expect(toLuxxonError(value).code).toBe('UNKNOWN');
  });

  it.each([
    ['Chrome', new TypeError('Failed to fetch')],
    ['Firefox', new TypeError('NetworkError when attempting to fetch resource.')],
    ['Safari', new TypeError('Load failed')],
    ['Node', new TypeError('fetch failed', { cause: Object.assign(new Error('connect'), { code: 'ECONNREFUSED' }) })],
    ['a timeout', new DOMException('The operation timed out.', 'TimeoutError')],
    ['a Node system error', Object.assign(new Error('getaddrinfo ENOTFOUND api'), { code: 'ENOTFOUND' })],
  ])('gives NETWORK_ERROR for a failed fetch (%s)', (_, value) => {
    const error = toLuxxonError(value);
    expect(error.code).toBe('NETWORK_ERROR');
    expect(error.statusCode).toBe(0);
  });

  it.each([
    ['null', null],
    ['undefined', undefined],
    ['a string', 'boom'],
    ['a number', 42],
    ['a symbol', Symbol('x')],
    ['a plain Error', new Error('Cannot read properties of undefined')],
    ['an array', [1, 2, 3]],
    ['a function', () => 1],
    ['an empty object', {}],
  ])('gives UNKNOWN for %s', (_, value) => {
    expect(toLuxxonError(value).code).toBe('UNKNOWN');
  });

  it('never throws on values whose properties throw', () => {
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error('trap');
        },
        has() {
          throw new Error('trap');
        },
      },
    );
    const getter = Object.defineProperty({}, 'code', {
      get() {
        throw new Error('getter');
      },
    });
    expect(toLuxxonError(hostile).code).toBe('UNKNOWN');
    expect(toLuxxonError(getter).code).toBe('UNKNOWN');
  });

  it('survives cycles and deep nesting', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic['error'] = cyclic;
    cyclic['cause'] = { data: cyclic };
    expect(toLuxxonError(cyclic).code).toBe('UNKNOWN');
    const deep = { error: { error: { error: { error: { error: envelope } } } } };
    expect(toLuxxonError(deep).code).toBe('UNKNOWN');
  });

  it('gives BAD_RESPONSE with the status and headers for a fetch Response thrown as is', () => {
    const response = new Response('<html>oops</html>', { status: 502, headers: { 'x-request-id': 'req_1', 'retry-after': '4' } });
    const error = toLuxxonError(response);
    expect([error.code, error.statusCode, error.requestId, error.retryAfterMs]).toEqual(['BAD_RESPONSE', 502, 'req_1', 4000]);
  });
});

describe('isLuxxonError', () => {
  it('recognises instances, also from another copy of the package (by brand)', () => {
    const error = new LuxxonError({ code: 'NO_CREDIT' });
    const foreign = { [Symbol.for('@luxxon/react-errors/LuxxonError')]: true };
    expect(isLuxxonError(error)).toBe(true);
    expect(isLuxxonError(foreign)).toBe(true);
  });

  it('rejects look-alikes', () => {
    expect(isLuxxonError(envelope)).toBe(false);
    expect(isLuxxonError(new Error('x'))).toBe(false);
    expect(isLuxxonError(null)).toBe(false);
  });
});
