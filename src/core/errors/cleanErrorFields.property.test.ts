import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectPropertyHolds } from '../../../test/support/checkProperty';
import { expectSafeError } from '../../../test/support/expectSafeError';
import { envelope, FORGED_MARKER, FORGING_PATTERN, forgedRequestId, forgedTimestamp, ISO_UTC_SHAPE, REQUEST_ID_SHAPE } from '../../../test/support/hostileValues';
import { cleanRequestId, cleanTimestamp } from './cleanErrorFields';
import { LuxxonError, type LuxxonErrorInit } from './LuxxonError';

const TIMEOUT = 60_000;

/** A field's cleaner, its forgeries, and what a value it keeps must be. */
interface StrictField {
  readonly title: string;
  readonly name: string;
  readonly forged: fc.Arbitrary<string>;
  /** The value kept, or undefined where it is refused. */
  readonly kept: (raw: string) => string | undefined;
  readonly expectKept: (clean: string, raw: string) => void;
}

const FIELDS: readonly StrictField[] = [
  {
    title: 'a request id is kept only as a short token of safe characters, never cut or changed (20000 ids)',
    name: 'cleanRequestId(forged id)',
    forged: forgedRequestId,
    kept: cleanRequestId,
    expectKept: (clean, raw) => {
      expect(clean).toBe(raw);
      expect(clean).toMatch(REQUEST_ID_SHAPE);
      expect(clean).not.toMatch(FORGING_PATTERN);
    },
  },
  {
    title: 'a timestamp is kept only as the same instant in UTC ISO form, with nothing else in it (20000 times)',
    name: 'cleanTimestamp(forged time)',
    forged: forgedTimestamp,
    kept: (raw) => cleanTimestamp(raw) || undefined,
    expectKept: (clean, raw) => {
      expect(clean).toMatch(ISO_UTC_SHAPE);
      expect(Date.parse(clean)).toBe(Date.parse(raw));
      expect(clean).not.toContain(FORGED_MARKER);
    },
  },
];

describe('request ids and timestamps: strict shapes, nothing forged', () => {
  for (const { title, name, forged, kept, expectKept } of FIELDS) {
    it(
      title,
      async () => {
        await expectPropertyHolds(
          name,
          fc.property(forged, (raw) => {
            const clean = kept(raw);
            if (clean !== undefined) expectKept(clean, raw);
          }),
          20_000,
        );
      },
      TIMEOUT,
    );
  }

  it(
    'new LuxxonError(init) from app code holds bounded, checked fields for any init (10000 inits)',
    async () => {
      const init = fc
        .tuple(envelope, fc.record({ requestId: forgedRequestId, timestamp: forgedTimestamp }, { requiredKeys: [] }))
        .map(([fields, forged]) => ({ ...fields, ...forged }) as unknown as LuxxonErrorInit);
      await expectPropertyHolds(
        'new LuxxonError(any init)',
        fc.property(init, (fields) => {
          expectSafeError(new LuxxonError(fields));
        }),
        10_000,
      );
    },
    TIMEOUT,
  );
});
