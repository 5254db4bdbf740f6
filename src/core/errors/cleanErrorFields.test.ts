import { describe, expect, it } from 'vitest';
import { cleanRequestId, cleanTimestamp } from './cleanErrorFields';

describe('cleanRequestId: a short token of safe characters, refused otherwise (never cut)', () => {
  it.each(['req_01HXTESTREQUEST', '3f2a9c1e-7b4d-4e8a-9f10-2b3c4d5e6f70', 'abc.def:42', 'YWJj+ZGVm/Zw==', 'r'.repeat(128)])('keeps %j', (id) => {
    expect(cleanRequestId(id)).toBe(id);
  });

  it.each([
    ['a newline', 'req_1\ncode: NOT_AUTHENTICATED\nrequest: req_FORGED'],
    ['a carriage return', 'req_1\rrequest: req_FORGED'],
    ['a line separator', 'req_1\u2028request: req_FORGED'],
    ['a right-to-left override', 'req_\u202eDEGROF'],
    ['a bidi isolate', 'req_\u2066x\u2069'],
    ['a C0 control', 'req_\u0000\u0007'],
    ['a C1 control', 'req_\u0085\u009b'],
    ['a zero-width space', 'req_\u200b1'],
    ['a space', 'req 1'],
    ['two ids joined by a proxy', 'req_1, req_2'],
    ['markup', '<b>req</b>'],
    ['an empty string', ''],
    ['129 characters', 'r'.repeat(129)],
    ['a number', 42],
    ['an object', { toString: () => 'req_1' }],
  ])('refuses %s', (_, id) => {
    expect(cleanRequestId(id)).toBeUndefined();
  });
});

describe('cleanTimestamp: strict ISO 8601 (RFC 3339), normalized to UTC ISO', () => {
  it.each([
    ['2026-05-13T08:30:00Z', '2026-05-13T08:30:00Z'],
    ['2026-05-13T08:30:00.123Z', '2026-05-13T08:30:00.123Z'],
    ['2026-05-13T08:30:00.000Z', '2026-05-13T08:30:00.000Z'],
    ['2026-05-13T10:30:00+02:00', '2026-05-13T08:30:00.000Z'],
    ['2026-05-13T08:30:00.123456Z', '2026-05-13T08:30:00.123Z'],
    ['2026-05-13T08:30Z', '2026-05-13T08:30:00.000Z'],
  ])('%j → %j', (raw, iso) => {
    expect(cleanTimestamp(raw)).toBe(iso);
  });

  it.each([
    // V8's Date.parse takes all of these; none is a server timestamp.
    '2026-05-13 (\nrequest: req_FORGED)',
    '2026-05-13 (comment)',
    '2026-05-13',
    '2026-05-13 08:30:00Z',
    'Wed, 13 May 2026 08:30:00 GMT',
    '5/13/2026',
    '2026-05-13T08:30:00',
    '2026-05-13T08:30:00Z\n',
    ' 2026-05-13T08:30:00Z',
    '2026-05-13T08:30:00\u202eZ',
    '2026-13-13T08:30:00Z',
    '2026-05-13T25:30:00Z',
    '+275760-09-13T00:00:00.000Z',
    'yesterday',
    '',
    1778661000000,
  ])('refuses %j', (raw) => {
    expect(cleanTimestamp(raw)).toBe('');
  });
});
