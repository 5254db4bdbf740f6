import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { checkProperty } from '../test/checkProperty';
import {
  anyValue,
  DETAIL_MARKER,
  forgedBrand,
  hostileLuxxonError,
  hostileObject,
  hugeString,
  ISO_UTC_SHAPE,
  protoKeyedJson,
  REQUEST_ID_SHAPE,
  responseLike,
  thrownValue,
} from '../test/hostileValues';
import { fromResponse } from './fromResponse';
import { LIMITS } from './limits';
import { LuxxonError } from './LuxxonError';
import { resolveExperience } from './resolveExperience';
import { toLuxxonError } from './toLuxxonError';

// The kit's code pattern (readEnvelope.ts): a short identifier, never markup or prose.
const CODE_PATTERN = /^[A-Za-z][A-Za-z0-9_.:-]*$/;
const prototypeKeys = Reflect.ownKeys(Object.prototype);

/** Everything a screen or a report may read from a normalized error is typed and bounded. */
function expectSafe(error: LuxxonError) {
  expect(error).toBeInstanceOf(LuxxonError);
  expect(typeof error.code).toBe('string');
  expect(error.code.length).toBeLessThanOrEqual(LIMITS.codeLength);
  expect(error.code).toMatch(CODE_PATTERN);
  expect(typeof error.message).toBe('string');
  expect(error.message.length).toBeLessThanOrEqual(LIMITS.messageLength);
  expect(error.detail === undefined || (typeof error.detail === 'string' && error.detail.length <= LIMITS.detailLength)).toBe(true);
  expect(typeof error.timestamp).toBe('string');
  expect(error.timestamp.length).toBeLessThanOrEqual(LIMITS.timestampLength);
  expect(error.requestId === undefined || (typeof error.requestId === 'string' && error.requestId.length <= LIMITS.requestIdLength)).toBe(
    true,
  );
  // Strict shapes: a request-id token, an ISO 8601 UTC time (see cleanErrorFields).
  expect(error.requestId === undefined || REQUEST_ID_SHAPE.test(error.requestId)).toBe(true);
  expect(error.timestamp === '' || ISO_UTC_SHAPE.test(error.timestamp)).toBe(true);
  expect(Number.isInteger(error.statusCode) && (error.statusCode === 0 || (error.statusCode >= 100 && error.statusCode <= 599))).toBe(true);
  expect(
    error.retryAfterMs === undefined || (Number.isFinite(error.retryAfterMs) && error.retryAfterMs >= 0 && error.retryAfterMs <= LIMITS.retryAfterMs),
  ).toBe(true);
  // And the core can always decide on a screen for it.
  expect(() => resolveExperience(error)).not.toThrow();
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

function expectPrototypeClean() {
  expect(Reflect.ownKeys(Object.prototype)).toEqual(prototypeKeys);
  expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
}

describe('toLuxxonError, for any thrown value', () => {
  afterEach(expectPrototypeClean);

  it('never throws and always gives a typed, bounded LuxxonError (3000 hostile values)', async () => {
    const runs = await checkProperty(
      'toLuxxonError(any hostile value)',
      fc.property(thrownValue, (value) => {
        expectSafe(toLuxxonError(value));
        expectPrototypeClean();
      }),
      { numRuns: 3000 },
    );
    expect(runs).toBe(3000);
  });

  it('holds for fast-check anything() with every option (2000 values)', async () => {
    const runs = await checkProperty(
      'toLuxxonError(fc.anything)',
      fc.property(anyValue, (value) => expectSafe(toLuxxonError(value))),
      { numRuns: 2000 },
    );
    expect(runs).toBe(2000);
  });

  it('holds for proxies and getters that throw, and codes that change between reads (500 values)', async () => {
    const runs = await checkProperty(
      'toLuxxonError(hostile object)',
      fc.property(hostileObject, (value) => expectSafe(toLuxxonError(value))),
      { numRuns: 500 },
    );
    expect(runs).toBe(500);
  });

  it('does not pollute Object.prototype from JSON with __proto__ / constructor keys (500 payloads)', async () => {
    const runs = await checkProperty(
      'toLuxxonError(JSON with __proto__ keys)',
      fc.property(protoKeyedJson, (value) => {
        expectSafe(toLuxxonError(value));
        expectPrototypeClean();
      }),
      { numRuns: 500 },
    );
    expect(runs).toBe(500);
  });

  it('re-reads a value that carries the LuxxonError brand instead of trusting it (500 forgeries)', async () => {
    const runs = await checkProperty(
      'toLuxxonError(forged brand)',
      fc.property(forgedBrand, (value) => {
        const error = toLuxxonError(value);
        expectSafe(error);
        expect(error).not.toBe(value);
      }),
      { numRuns: 500 },
    );
    expect(runs).toBe(500);
  });

  it(
    'never trusts a hostile value that passes instanceof LuxxonError: one plain, fixed copy per value (10000 proxies and look-alikes)',
    async () => {
      const runs = await checkProperty(
        'toLuxxonError(hostile LuxxonError)',
        fc.property(hostileLuxxonError, (value) => {
          expect(value).toBeInstanceOf(LuxxonError);
          const error = toLuxxonError(value);
          expect(error).not.toBe(value);
          expectSafe(error);
          // A plain copy: its own, fixed fields, the same on every read; normalized once, the same copy again.
          expect(toLuxxonError(error)).toBe(error);
          expect(toLuxxonError(value)).toBe(error);
          expect(error.toJSON()).toEqual(error.toJSON());
          expect(resolveExperience(error).code).toBe(error.code);
          expect(JSON.stringify(resolveExperience(error))).not.toContain(DETAIL_MARKER);
        }),
        { numRuns: 10_000 },
      );
      expect(runs).toBe(10_000);
    },
    60_000,
  );

  it('copies a LuxxonError from another copy of the package into this one, keeping its checked fields', () => {
    const brand = Symbol.for('@luxxon/react-errors/LuxxonError');
    // What another copy's instance looks like from here: an Error with the brand and the fields.
    const foreign = Object.assign(new Error('Pool balance is zero'), {
      [brand]: true,
      name: 'LuxxonError',
      code: 'NO_CREDIT',
      statusCode: 400,
      detail: 'wallet:empty',
      timestamp: '2026-05-13T08:30:00Z',
      requestId: 'req_1',
      retryAfterMs: undefined,
    });
    const error = toLuxxonError(foreign);
    expect(error).toBeInstanceOf(LuxxonError);
    expect(error.toJSON()).toEqual({
      code: 'NO_CREDIT',
      statusCode: 400,
      message: 'Pool balance is zero',
      detail: 'wallet:empty',
      timestamp: '2026-05-13T08:30:00Z',
      requestId: 'req_1',
      retryAfterMs: undefined,
    });
    expect(error.cause).toBe(foreign);
    expect(toLuxxonError({ [brand]: true, code: '<img src=x onerror=alert(1)>', statusCode: 400 }).code).toBe('UNKNOWN');
  });

  it('keeps a 1 MB string thrown as is to the message limit', () => {
    fc.assert(
      fc.property(hugeString, (value) => {
        const error = toLuxxonError(value);
        expectSafe(error);
        expect(error.code).toBe('UNKNOWN');
      }),
      { numRuns: 20 },
    );
  });
});

describe('fromResponse, for any response', () => {
  it('never rejects and gives a bounded error for hostile statuses, headers and bodies (500 responses)', async () => {
    const runs = await checkProperty(
      'fromResponse(hostile response)',
      fc.asyncProperty(responseLike, async (res) => expectSafe(await fromResponse(res))),
      { numRuns: 500 },
    );
    expect(runs).toBe(500);
  });

  it('reads any body: JSON of anything, markup, huge or invalid text (500 bodies)', async () => {
    const body = fc.oneof(
      fc.jsonValue().map((v) => JSON.stringify(v)),
      thrownValue.map((v) => {
        try {
          return JSON.stringify(v) ?? 'undefined';
        } catch {
          return '{"code":';
        }
      }),
      hugeString,
      fc.string(),
    );
    const runs = await checkProperty(
      'fromResponse(any body)',
      fc.asyncProperty(body, fc.integer({ min: 400, max: 599 }), async (text, status) => {
        const error = await fromResponse(new Response(text, { status }));
        expectSafe(error);
        // A body that is not even JSON (an HTML page, cut text) is a bad response with the response's status.
        if (!isJson(text)) expect([error.code, error.statusCode]).toEqual(['BAD_RESPONSE', status]);
      }),
      { numRuns: 500 },
    );
    expect(runs).toBe(500);
  });
});
