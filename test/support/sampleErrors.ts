import type { ExperienceKind } from '../../src/core/experience/ExperienceKind';
import type { LuxxonError } from '../../src/core/errors/LuxxonError';
import { createLuxxonError } from '../../src/testing/createLuxxonError';

/** A code that shows each kind of screen (an unknown one for `generic`). */
export const SAMPLE_CODE_OF_KIND = {
  'top-up': 'INSUFFICIENT_CREDIT',
  're-login': 'NOT_AUTHENTICATED',
  waiting: 'NO_COVERAGE',
  permission: 'NOT_AUTHORIZED',
  'fix-request': 'INVALID_INPUT',
  'out-of-date': 'CONFLICT',
  'not-found': 'SESSION_NOT_FOUND',
  'service-down': 'INTERNAL_SERVER_ERROR',
  reload: 'CHUNK_LOAD_ERROR',
  generic: 'PLAN_EXPIRED',
} as const satisfies Record<ExperienceKind, string>;

/** The error of `code` as the API sends it; the unknown PLAN_EXPIRED with a message of its own, shown quoted. */
export function sampleError(code: string): LuxxonError {
  return createLuxxonError(code, code === SAMPLE_CODE_OF_KIND.generic ? { statusCode: 402, message: 'The workspace plan expired.' } : {});
}
