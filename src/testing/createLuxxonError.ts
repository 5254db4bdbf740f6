import { isKitErrorCode, type LuxxonErrorCode } from '../core/codes/codes';
import { LuxxonError, type LuxxonErrorInit } from '../core/errors/LuxxonError';
import { createLuxxonEnvelope } from './createLuxxonEnvelope';

/**
 * A `LuxxonError` as the kit builds it from the API's envelope for `code`,
 * with a request id. Codes the kit assigns itself (NETWORK_ERROR,
 * BAD_RESPONSE, UNKNOWN) come with no envelope fields, as in real life.
 *
 * @example createLuxxonError('INSUFFICIENT_CREDIT', { requestId: 'req_1' })
 */
export function createLuxxonError(code: LuxxonErrorCode, overrides: Partial<Omit<LuxxonErrorInit, 'code'>> = {}): LuxxonError {
  const base: LuxxonErrorInit = isKitErrorCode(code) ? { code } : { ...createLuxxonEnvelope(code), requestId: 'req_01HXTESTREQUEST' };
  return new LuxxonError({ ...base, ...overrides, code });
}
