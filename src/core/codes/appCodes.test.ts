import { describe, expect, it } from 'vitest';
import type { AppCodes } from './appCodes';
import { CODE_REGISTRY, describeCode } from './codeRegistry';
import { LuxxonError } from '../errors/LuxxonError';
import { textKeys } from '../experience/messageKeys';
import { resolveExperience } from '../experience/resolveExperience';
import { createRetryPolicy } from '../recovery/retryPolicy';

const CODES: AppCodes = {
  OPERATOR_BUSY: { kind: 'waiting', retryable: true },
  PLAN_EXPIRED: { kind: 'top-up' },
  // The kit knows this one: its own mapping wins.
  NO_COVERAGE: { kind: 'generic', retryable: true },
  // Not the API's shape: never spliced into a key, never mapped.
  'bad.code': { kind: 'permission' },
  'a:b': { kind: 'permission' },
};

describe('codes the app maps itself', () => {
  it('get their kind and retryability, family unknown and status 0', () => {
    expect(describeCode('OPERATOR_BUSY', CODES)).toMatchObject({ family: 'unknown', kind: 'waiting', retryable: true, status: 0 });
    expect(describeCode('PLAN_EXPIRED', CODES)).toMatchObject({ kind: 'top-up', retryable: false });
  });

  it("leave the kit's codes to the kit, and undeclared or misshapen codes generic", () => {
    expect(describeCode('NO_COVERAGE', CODES)).toBe(CODE_REGISTRY.NO_COVERAGE);
    for (const code of ['SOMETHING_NEW', 'bad.code', 'a:b', 'constructor', 'toString', '__proto__', 'hasOwnProperty']) {
      expect(describeCode(code, CODES), code).toBe(CODE_REGISTRY.UNKNOWN);
      expect(textKeys(code, CODES).title, code).toEqual(['generic.title']);
    }
  });

  it('have their code spliced into their text keys, code first, then generic', () => {
    expect(textKeys('OPERATOR_BUSY', CODES)).toEqual({
      title: ['code.OPERATOR_BUSY.title', 'generic.title'],
      description: ['code.OPERATOR_BUSY.description', 'generic.description'],
    });
    expect(textKeys('OPERATOR_BUSY')).toEqual({ title: ['generic.title'], description: ['generic.description'] });
  });

  it("resolve to their kind's experience, with that kind's fields", () => {
    const busy = resolveExperience(new LuxxonError({ code: 'OPERATOR_BUSY', statusCode: 503, retryAfterMs: 4000 }), CODES);
    expect(busy).toEqual({ code: 'OPERATOR_BUSY', family: 'unknown', retryable: true, kind: 'waiting', retryAfterMs: 4000, text: textKeys('OPERATOR_BUSY', CODES) });
    expect(resolveExperience(new LuxxonError({ code: 'PLAN_EXPIRED', statusCode: 402 }), CODES)).toMatchObject({ kind: 'top-up', canShortenDuration: false });
    expect(resolveExperience(new LuxxonError({ code: 'OPERATOR_BUSY', statusCode: 503 })).kind).toBe('generic');
  });

  it('retry with createRetryPolicy({ codes }) when declared retryable, and not otherwise', () => {
    const { retry } = createRetryPolicy({ codes: CODES, maxRetries: 2 });
    const busy = new LuxxonError({ code: 'OPERATOR_BUSY', statusCode: 503 });
    expect([0, 1, 2].map((n) => retry(n, busy))).toEqual([true, true, false]);
    expect(retry(0, new LuxxonError({ code: 'PLAN_EXPIRED', statusCode: 402 }))).toBe(false);
    expect(retry(0, new LuxxonError({ code: 'NO_COVERAGE', statusCode: 503 }))).toBe(false);
    expect(createRetryPolicy().retry(0, busy)).toBe(false);
  });
});
