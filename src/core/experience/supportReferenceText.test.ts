import { describe, expect, it } from 'vitest';
import type { SupportReference } from './Experience';
import { supportReferenceText } from './supportReferenceText';

const reference = (fields: Partial<SupportReference>): SupportReference => ({
  code: 'INTERNAL_SERVER_ERROR',
  statusCode: 500,
  timestamp: '2026-05-13T08:30:00Z',
  requestId: 'req_1',
  ...fields,
});

describe('supportReferenceText', () => {
  it('gives one line per field: code, time, request', () => {
    expect(supportReferenceText(reference({}))).toBe('code: INTERNAL_SERVER_ERROR\ntime: 2026-05-13T08:30:00Z\nrequest: req_1');
    expect(supportReferenceText(reference({ timestamp: '', requestId: undefined }))).toBe('code: INTERNAL_SERVER_ERROR');
  });

  it.each([
    ['a request id with newlines', { requestId: 'req_1\ncode: NOT_AUTHENTICATED\nrequest: req_FORGED' }],
    ['a timestamp with a Date.parse comment', { timestamp: '2026-05-13 (\nrequest: req_FORGED)' }],
    ['a code with a newline', { code: 'INTERNAL_SERVER_ERROR\nrequest: req_FORGED' }],
  ])('never copies a forged line from %s (a reference built by hand)', (_, fields) => {
    const text = supportReferenceText(reference(fields));
    expect(text.split('\n').length).toBeLessThanOrEqual(3);
    expect(text).not.toContain('req_FORGED');
  });

  it('copies no control or bidi character', () => {
    const text = supportReferenceText(reference({ requestId: 'req_\u202e1\u0085\u2066' }));
    expect(text).toBe('code: INTERNAL_SERVER_ERROR\ntime: 2026-05-13T08:30:00Z');
  });
});
