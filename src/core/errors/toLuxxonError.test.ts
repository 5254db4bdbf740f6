import { describe, expect, it } from 'vitest';
import { LuxxonError, isLuxxonError } from './LuxxonError';
import { resolveExperience } from '../experience/resolveExperience';
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

describe('toLuxxonError, for hostile values that pass instanceof LuxxonError', () => {
  const real = () => new LuxxonError({ code: 'NO_CREDIT', statusCode: 400, message: 'Pool empty', requestId: 'req_1', timestamp: '2026-05-13T08:30:00Z' });
  const readAll = (error: LuxxonError) => [error.code, error.statusCode, error.message, error.detail, error.timestamp, error.requestId, error.retryAfterMs];

  it('a Proxy around a real one whose code getter throws: a plain snapshot, its other fields kept', () => {
    const hostile = new Proxy(real(), {
      get: (target, key, receiver) => {
        if (key === 'code') throw new Error('code getter');
        return Reflect.get(target, key, receiver) as unknown;
      },
    });
    expect(hostile).toBeInstanceOf(LuxxonError);
    const error = toLuxxonError(hostile);
    expect(error).not.toBe(hostile);
    expect(() => readAll(error)).not.toThrow();
    expect(readAll(error)).toEqual(['UNKNOWN', 400, 'Pool empty', undefined, '2026-05-13T08:30:00Z', 'req_1', undefined]);
  });

  it('a code that changes between reads is read once: the screen and its label agree', () => {
    let reads = 0;
    const codes = ['NO_CREDIT', 'NOT_AUTHENTICATED'];
    const hostile = new Proxy(real(), {
      get: (target, key, receiver) => (key === 'code' ? codes[reads++ % 2] : (Reflect.get(target, key, receiver) as unknown)),
    });
    const error = toLuxxonError(hostile);
    expect(reads).toBe(1);
    expect([error.code, error.code, resolveExperience(error).code]).toEqual(['NO_CREDIT', 'NO_CREDIT', 'NO_CREDIT']);
    expect(resolveExperience(error).kind).toBe('top-up');
  });

  it('objects made on its prototype, with getters, are read once into a checked copy', () => {
    let reads = 0;
    const fake = Object.create(LuxxonError.prototype, {
      code: { get: () => (reads++ === 0 ? 'NO_CREDIT' : '<img src=x onerror=alert(1)>') },
      requestId: { get: () => 'req_1\nrequest: req_FORGED' },
      statusCode: { value: 1e308 },
    }) as LuxxonError;
    expect(fake).toBeInstanceOf(LuxxonError);
    const error = toLuxxonError(fake);
    expect(error).not.toBe(fake);
    expect([error.code, error.requestId, error.statusCode]).toEqual(['NO_CREDIT', undefined, 0]);
  });

  it('a Proxy whose every trap throws gives UNKNOWN', () => {
    const hostile = new Proxy(real(), {
      get: () => {
        throw new Error('get');
      },
      getPrototypeOf: () => {
        throw new Error('getPrototypeOf');
      },
      has: () => {
        throw new Error('has');
      },
    });
    expect(toLuxxonError(hostile).code).toBe('UNKNOWN');
    expect(isLuxxonError(hostile)).toBe(false);
  });
});

describe('toLuxxonError normalizes once', () => {
  it('gives the same LuxxonError for the same thrown object, reading its fields only the first time', () => {
    let reads = 0;
    const thrown = {
      statusCode: 503,
      get code() {
        reads += 1;
        return 'NO_COVERAGE';
      },
    };
    const first = toLuxxonError(thrown);
    expect(toLuxxonError(thrown)).toBe(first);
    expect(toLuxxonError(thrown)).toBe(first);
    expect(reads).toBe(1);
    expect(toLuxxonError(new Error('x'))).not.toBe(toLuxxonError(new Error('x')));
  });
});
