import { isApiErrorCode, type LuxxonErrorCode } from '../core/codes/codes';
import { describeCode } from '../core/codes/codeRegistry';
import { LuxxonError } from '../core/errors/LuxxonError';

/** The code the devtools force to try the generic screen and the unmapped-code warning. */
export const UNMAPPED_CODE = 'DEVTOOLS_UNMAPPED_CODE';

/**
 * A LuxxonError as the API would send it for `code` (status, message,
 * a request id, now as its time), marked in `detail` as forced.
 *
 * @example forcedError('INSUFFICIENT_CREDIT', 1).statusCode // 400
 */
export function forcedError(code: LuxxonErrorCode, serial: number): LuxxonError {
  const { status } = describeCode(code);
  const api = isApiErrorCode(code) || code === UNMAPPED_CODE;
  return new LuxxonError({
    code,
    statusCode: status || (api ? 400 : undefined),
    message: api ? `Forced by @luxxon/react-errors/devtools (${code}).` : undefined,
    detail: `forced by @luxxon/react-errors/devtools #${serial}`,
    timestamp: api ? new Date().toISOString().replace(/\.\d+Z$/, 'Z') : undefined,
    requestId: api ? `req_devtools_${serial}` : undefined,
  });
}
