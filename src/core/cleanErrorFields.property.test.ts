import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkProperty } from '../test/checkProperty';
import { envelope, FORGED_MARKER, FORGING_PATTERN, forgedRequestId, forgedTimestamp, ISO_UTC_SHAPE, REQUEST_ID_SHAPE } from '../test/hostileValues';
import { cleanRequestId, cleanTimestamp } from './cleanErrorFields';
import { LIMITS } from './limits';
import { LuxxonError, type LuxxonErrorInit } from './LuxxonError';

const TIMEOUT = 60_000;

describe('request ids and timestamps: strict shapes, nothing forged', () => {
  it(
    'a request id is kept only as a short token of safe characters, never cut or changed (20000 ids)',
    async () => {
      const runs = await checkProperty(
        'cleanRequestId(forged id)',
        fc.property(forgedRequestId, (id) => {
          const clean = cleanRequestId(id);
          if (clean === undefined) return;
          expect(clean).toBe(id);
          expect(clean).toMatch(REQUEST_ID_SHAPE);
          expect(clean).not.toMatch(FORGING_PATTERN);
        }),
        { numRuns: 20_000 },
      );
      expect(runs).toBe(20_000);
    },
    TIMEOUT,
  );

  it(
    'a timestamp is kept only as the same instant in UTC ISO form, with nothing else in it (20000 times)',
    async () => {
      const runs = await checkProperty(
        'cleanTimestamp(forged time)',
        fc.property(forgedTimestamp, (raw) => {
          const clean = cleanTimestamp(raw);
          if (clean === '') return;
          expect(clean).toMatch(ISO_UTC_SHAPE);
          expect(Date.parse(clean)).toBe(Date.parse(raw));
          expect(clean).not.toContain(FORGED_MARKER);
        }),
        { numRuns: 20_000 },
      );
      expect(runs).toBe(20_000);
    },
    TIMEOUT,
  );

  it(
    'new LuxxonError(init) from app code holds bounded, checked fields for any init (10000 inits)',
    async () => {
      const init = fc
        .tuple(envelope, fc.record({ requestId: forgedRequestId, timestamp: forgedTimestamp }, { requiredKeys: [] }))
        .map(([fields, forged]) => ({ ...fields, ...forged }) as unknown as LuxxonErrorInit);
      const runs = await checkProperty(
        'new LuxxonError(any init)',
        fc.property(init, (fields) => {
          const error = new LuxxonError(fields);
          expect(error.message.length).toBeLessThanOrEqual(LIMITS.messageLength);
          expect(error.detail === undefined || error.detail.length <= LIMITS.detailLength).toBe(true);
          expect(error.requestId === undefined || REQUEST_ID_SHAPE.test(error.requestId)).toBe(true);
          expect(error.timestamp === '' || ISO_UTC_SHAPE.test(error.timestamp)).toBe(true);
          expect(error.statusCode === 0 || (Number.isInteger(error.statusCode) && error.statusCode >= 100 && error.statusCode <= 599)).toBe(true);
          expect(error.retryAfterMs === undefined || (error.retryAfterMs >= 0 && error.retryAfterMs <= LIMITS.retryAfterMs)).toBe(true);
          expect(error.code.length).toBeLessThanOrEqual(LIMITS.codeLength);
        }),
        { numRuns: 10_000 },
      );
      expect(runs).toBe(10_000);
    },
    TIMEOUT,
  );
});
