import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { expectPropertyHolds } from '../../../test/support/checkProperty';
import { expectSafeError } from '../../../test/support/expectSafeError';
import {
  anyValue,
  DETAIL_MARKER,
  forgedBrand,
  hostileLuxxonError,
  hostileObject,
  hugeString,
  protoKeyedJson,
  responseLike,
  thrownValue,
} from '../../../test/support/hostileValues';
import { fromResponse } from './fromResponse';
import { LuxxonError } from './LuxxonError';
import { resolveExperience } from '../experience/resolveExperience';
import { toLuxxonError } from './toLuxxonError';

const prototypeKeys = Reflect.ownKeys(Object.prototype);

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

/** One family of thrown values, how many of them, and what must hold beyond a safe error. */
interface ThrownFamily {
  readonly title: string;
  readonly name: string;
  readonly values: fc.Arbitrary<unknown>;
  readonly runs: number;
  readonly alsoHolds?: (value: unknown, error: LuxxonError) => void;
}

const FAMILIES: readonly ThrownFamily[] = [
  {
    title: 'never throws and always gives a typed, bounded LuxxonError (3000 hostile values)',
    name: 'toLuxxonError(any hostile value)',
    values: thrownValue,
    runs: 3000,
    alsoHolds: expectPrototypeClean,
  },
  { title: 'holds for fast-check anything() with every option (2000 values)', name: 'toLuxxonError(fc.anything)', values: anyValue, runs: 2000 },
  {
    title: 'holds for proxies and getters that throw, and codes that change between reads (500 values)',
    name: 'toLuxxonError(hostile object)',
    values: hostileObject,
    runs: 500,
  },
  {
    title: 'does not pollute Object.prototype from JSON with __proto__ / constructor keys (500 payloads)',
    name: 'toLuxxonError(JSON with __proto__ keys)',
    values: protoKeyedJson,
    runs: 500,
    alsoHolds: expectPrototypeClean,
  },
  {
    title: 're-reads a value that carries the LuxxonError brand instead of trusting it (500 forgeries)',
    name: 'toLuxxonError(forged brand)',
    values: forgedBrand,
    runs: 500,
    alsoHolds: (value, error) => expect(error).not.toBe(value),
  },
];

describe('toLuxxonError, for any thrown value', () => {
  afterEach(expectPrototypeClean);

  for (const { title, name, values, runs, alsoHolds } of FAMILIES) {
    it(title, async () => {
      await expectPropertyHolds(
        name,
        fc.property(values, (value) => {
          const error = toLuxxonError(value);
          expectSafeError(error);
          alsoHolds?.(value, error);
        }),
        runs,
      );
    });
  }

  it(
    'never trusts a hostile value that passes instanceof LuxxonError: one plain, fixed copy per value (10000 proxies and look-alikes)',
    async () => {
      await expectPropertyHolds(
        'toLuxxonError(hostile LuxxonError)',
        fc.property(hostileLuxxonError, (value) => {
          expect(value).toBeInstanceOf(LuxxonError);
          const error = toLuxxonError(value);
          expect(error).not.toBe(value);
          expectSafeError(error);
          // A plain copy: its own, fixed fields, the same on every read; normalized once, the same copy again.
          expect(toLuxxonError(error)).toBe(error);
          expect(toLuxxonError(value)).toBe(error);
          expect(error.toJSON()).toEqual(error.toJSON());
          expect(resolveExperience(error).code).toBe(error.code);
          expect(JSON.stringify(resolveExperience(error))).not.toContain(DETAIL_MARKER);
        }),
        10_000,
      );
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
        expectSafeError(error);
        expect(error.code).toBe('UNKNOWN');
      }),
      { numRuns: 20 },
    );
  });
});

describe('fromResponse, for any response', () => {
  it('never rejects and gives a bounded error for hostile statuses, headers and bodies (500 responses)', async () => {
    await expectPropertyHolds('fromResponse(hostile response)', fc.asyncProperty(responseLike, async (res) => expectSafeError(await fromResponse(res))), 500);
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
    await expectPropertyHolds(
      'fromResponse(any body)',
      fc.asyncProperty(body, fc.integer({ min: 400, max: 599 }), async (text, status) => {
        const error = await fromResponse(new Response(text, { status }));
        expectSafeError(error);
        // A body that is not even JSON (an HTML page, cut text) is a bad response with the response's status.
        if (!isJson(text)) expect([error.code, error.statusCode]).toEqual(['BAD_RESPONSE', status]);
      }),
      500,
    );
  });
});
