import { isApiErrorCode, type LuxxonErrorCode } from '../core/codes/codes';
import { describeCode } from '../core/codes/codeRegistry';
import { DOCUMENTED_MESSAGES } from './documentedMessages';

/**
 * The Luxxon API's error body.
 *
 * @example
 * const body: LuxxonEnvelope = createLuxxonEnvelope('NO_CREDIT');
 * return new Response(JSON.stringify(body), { status: body.statusCode });
 */
export interface LuxxonEnvelope {
  statusCode: number;
  code: string;
  message: string;
  detail: string;
  timestamp: string;
}

/**
 * A fixed time, so that snapshots and stories do not move.
 *
 * @example expect(createLuxxonEnvelope('CONFLICT').timestamp).toBe(FIXTURE_TIMESTAMP);
 */
export const FIXTURE_TIMESTAMP = '2026-05-13T08:30:00Z';

/**
 * The envelope the API sends for `code`: its documented status and message,
 * a diagnostic `detail` and a fixed timestamp. Unknown codes get 400.
 *
 * @example createLuxxonEnvelope('NO_COVERAGE').statusCode // 503
 */
export function createLuxxonEnvelope(code: LuxxonErrorCode, overrides: Partial<LuxxonEnvelope> = {}): LuxxonEnvelope {
  const status = describeCode(code).status;
  return {
    statusCode: status === 0 ? 400 : status,
    code,
    message: isApiErrorCode(code) ? DOCUMENTED_MESSAGES[code] : `Unrecognised error ${code}`,
    detail: `test:${code.toLowerCase()}`,
    timestamp: FIXTURE_TIMESTAMP,
    ...overrides,
  };
}
