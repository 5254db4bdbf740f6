import { describe, expect, it } from 'vitest';
import { parseRetryAfter } from './parseRetryAfter';

const NOW = Date.parse('2026-05-13T08:30:00Z');

describe('parseRetryAfter', () => {
  it.each([
    ['0', 0],
    ['3', 3000],
    [' 10 ', 10_000],
    ['Wed, 13 May 2026 08:30:05 GMT', 5000],
    ['Wed, 13 May 2026 08:29:00 GMT', 0],
    ['999999', 300_000],
  ])('%j → %d ms', (header, ms) => {
    expect(parseRetryAfter(header, NOW)).toBe(ms);
  });

  it.each([null, undefined, '', 'soon', '-1', '1.5'])('%j → undefined', (header) => {
    expect(parseRetryAfter(header, NOW)).toBeUndefined();
  });
});
