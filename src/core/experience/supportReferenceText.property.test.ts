import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectPropertyHolds } from '../../../test/support/checkProperty';
import {
  markup,
  DETAIL_MARKER,
  FORGED_MARKER,
  FORGING_PATTERN,
  forgedRequestId,
  forgedTimestamp,
  hostileLuxxonError,
  thrownValue,
} from '../../../test/support/hostileValues';
import { LUXXON_ERROR_CODES } from '../codes/codes';
import type { SupportReference } from './Experience';
import { resolveExperience } from './resolveExperience';
import { supportReferenceText } from './supportReferenceText';
import { toLuxxonError } from '../errors/toLuxxonError';

const LINE = /^(code|time|request): ([\w.:+/=-]+)$/;
const TIMEOUT = 60_000;

/** One line per field at most, in order, each `label: token`, and nothing forged or hidden in it. */
function expectUnforged(text: string) {
  const lines = text.split('\n');
  expect(lines.length).toBeLessThanOrEqual(3);
  for (const line of lines) {
    expect(line).toMatch(LINE);
    expect(LINE.exec(line)?.[2]).not.toMatch(FORGING_PATTERN);
  }
  const labels = lines.map((line) => line.slice(0, line.indexOf(':')));
  expect(labels).toEqual(['code', 'time', 'request'].filter((label) => labels.includes(label)));
  expect(text).not.toContain(FORGED_MARKER);
  expect(text).not.toContain(DETAIL_MARKER);
}

describe('the copied support reference: 0 forged lines', () => {
  it(
    'for any reference built by hand, with forged request ids, times and codes (20000 references)',
    async () => {
      const reference = fc.record({
        code: fc.oneof(fc.constantFrom(...LUXXON_ERROR_CODES, 'UNKNOWN'), forgedRequestId, markup),
        statusCode: fc.integer(),
        timestamp: forgedTimestamp,
        requestId: fc.option(forgedRequestId, { nil: undefined }),
      }) as fc.Arbitrary<SupportReference>;
      await expectPropertyHolds(
        'supportReferenceText(forged reference)',
        fc.property(reference, (ref) => expectUnforged(supportReferenceText(ref))),
        20_000,
      );
    },
    TIMEOUT,
  );

  it(
    'for whatever was thrown, hostile LuxxonErrors and forged envelopes included, through the core (5000 values)',
    async () => {
      const thrown = fc.oneof(
        thrownValue,
        hostileLuxxonError,
        fc
          .record({ statusCode: fc.constant(500), code: fc.constant('INTERNAL_SERVER_ERROR'), requestId: forgedRequestId, timestamp: forgedTimestamp })
          .map((fields) => ({ ...fields, detail: `${DETAIL_MARKER} forged` })),
      );
      await expectPropertyHolds(
        'supportReferenceText(resolveExperience(toLuxxonError(any)))',
        fc.property(thrown, (value) => {
          const experience = resolveExperience(toLuxxonError(value));
          if ('support' in experience) expectUnforged(supportReferenceText(experience.support));
        }),
        5_000,
      );
    },
    TIMEOUT,
  );
});
