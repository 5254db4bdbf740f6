import { describe, expectTypeOf, it } from 'vitest';
import type { ApiErrorCode, LuxxonErrorCode } from '../codes/codes';
import { LUXXON_ERROR_CODES } from '../codes/codes';
import type { Experience, ExperienceOf } from '../experience/Experience';
import { LuxxonError } from './LuxxonError';
import { isLuxxonError } from './LuxxonError';
import { toLuxxonError } from './toLuxxonError';

describe('LuxxonError types', () => {
  it('codes autocomplete but accept future strings', () => {
    expectTypeOf<'NO_COVERAGE'>().toExtend<LuxxonErrorCode>();
    expectTypeOf<'SOME_FUTURE_CODE'>().toExtend<LuxxonErrorCode>();
    expectTypeOf<(typeof LUXXON_ERROR_CODES)[number]>().toEqualTypeOf<ApiErrorCode>();
    // @ts-expect-error: not an API code
    const code: ApiErrorCode = 'SOME_FUTURE_CODE';
    void code;
  });

  it('fields are read-only', () => {
    const error = new LuxxonError({ code: 'NO_CREDIT' });
    // @ts-expect-error: immutable
    error.code = 'X';
    expectTypeOf(error.detail).toEqualTypeOf<string | undefined>();
  });

  it('thrown values are unknown until a guard narrows them', () => {
    const thrown: unknown = null;
    expectTypeOf(toLuxxonError).parameter(0).toEqualTypeOf<unknown>();
    if (isLuxxonError(thrown)) expectTypeOf(thrown).toEqualTypeOf<LuxxonError>();
  });

  it('experiences are a discriminated union', () => {
    const experience = {} as Experience;
    if (experience.kind === 'top-up') expectTypeOf(experience.canShortenDuration).toEqualTypeOf<boolean>();
    if (experience.kind === 'generic') expectTypeOf(experience.serverMessage).toEqualTypeOf<string | undefined>();
    // @ts-expect-error: only top-up experiences have canShortenDuration
    void experience.canShortenDuration;
    expectTypeOf<ExperienceOf<'waiting'>['retryAfterMs']>().toEqualTypeOf<number | undefined>();
  });
});
