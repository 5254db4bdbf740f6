import { expect } from 'vitest';
import { LIMITS } from '../../src/core/errors/limits';
import { LuxxonError } from '../../src/core/errors/LuxxonError';
import { resolveExperience } from '../../src/core/experience/resolveExperience';
import { ISO_UTC_SHAPE, REQUEST_ID_SHAPE } from './hostileValues';

// The kit's code pattern (readEnvelope.ts): a short identifier, never markup or prose.
const CODE_PATTERN = /^[A-Za-z][A-Za-z0-9_.:-]*$/;

const within = (value: string | undefined, limit: number) => value === undefined || (typeof value === 'string' && value.length <= limit);

/**
 * Everything a screen or a report may read from a LuxxonError is typed and
 * bounded (LIMITS), in its strict shape (a request-id token, an ISO 8601 UTC
 * time, an HTTP status or 0), and the core can always decide on a screen for it.
 */
export function expectSafeError(error: LuxxonError): void {
  expect(error).toBeInstanceOf(LuxxonError);
  expect(error.code).toMatch(CODE_PATTERN);
  expect(error.code.length).toBeLessThanOrEqual(LIMITS.codeLength);
  expect(typeof error.message).toBe('string');
  expect(error.message.length).toBeLessThanOrEqual(LIMITS.messageLength);
  expect(within(error.detail, LIMITS.detailLength)).toBe(true);
  expect(typeof error.timestamp).toBe('string');
  expect(error.timestamp.length).toBeLessThanOrEqual(LIMITS.timestampLength);
  expect(error.timestamp === '' || ISO_UTC_SHAPE.test(error.timestamp)).toBe(true);
  expect(within(error.requestId, LIMITS.requestIdLength)).toBe(true);
  expect(error.requestId === undefined || REQUEST_ID_SHAPE.test(error.requestId)).toBe(true);
  expect(Number.isInteger(error.statusCode) && (error.statusCode === 0 || (error.statusCode >= 100 && error.statusCode <= 599))).toBe(true);
  const { retryAfterMs } = error;
  expect(retryAfterMs === undefined || (Number.isFinite(retryAfterMs) && retryAfterMs >= 0 && retryAfterMs <= LIMITS.retryAfterMs)).toBe(true);
  expect(() => resolveExperience(error)).not.toThrow();
}
