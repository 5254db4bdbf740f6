import { declaredCode, type AppCodes } from './appCodes';
import type { KnownErrorCode } from './codes';
import type { ErrorFamily } from './ErrorFamily';
import type { ExperienceKind } from '../experience/ExperienceKind';

/**
 * What the kit knows about one code.
 *
 * @example const info: CodeInfo = describeCode('NO_COVERAGE'); // { family: 'domain', kind: 'waiting', retryable: false, status: 503 }
 */
export interface CodeInfo {
  readonly family: ErrorFamily;
  readonly kind: ExperienceKind;
  /** Whether React Query may retry the request by itself (transient failures only). */
  readonly retryable: boolean;
  /** The HTTP status the error page documents; 0 for codes the kit assigns. */
  readonly status: number;
}

function info(family: ErrorFamily, kind: ExperienceKind, status: number, retryable = false): CodeInfo {
  return { family, kind, retryable, status };
}

/**
 * Code → family, experience kind, retryability and documented status, for every
 * code on the Luxxon error page and every code the kit assigns. The
 * `satisfies` clause makes a code without an entry a type error.
 *
 * @example CODE_REGISTRY.UNAVAILABLE.retryable // true
 */
export const CODE_REGISTRY = {
  NOT_AUTHENTICATED: info('auth', 're-login', 401),
  NOT_AUTHORIZED: info('auth', 'permission', 403),
  INSUFFICIENT_SCOPE: info('auth', 'permission', 403),
  NOT_OPERATOR: info('auth', 'permission', 403),
  NOT_YOUR_SESSION: info('auth', 'permission', 403),

  INVALID_INPUT: info('domain', 'fix-request', 400),
  INVALID_STATE: info('domain', 'out-of-date', 409),
  CONFLICT: info('domain', 'out-of-date', 409),
  NO_COVERAGE: info('domain', 'waiting', 503),
  OUTSIDE_COVERAGE: info('domain', 'fix-request', 400),
  UNAVAILABLE: info('domain', 'waiting', 503, true),
  FRAME_NOT_AVAILABLE: info('domain', 'waiting', 404),

  NO_CREDIT: info('wallet', 'top-up', 400),
  INSUFFICIENT_CREDIT: info('wallet', 'top-up', 400),

  NOT_FOUND: info('not-found', 'not-found', 404),
  SESSION_NOT_FOUND: info('not-found', 'not-found', 404),
  OPERATOR_NOT_FOUND: info('not-found', 'not-found', 404),
  COVERAGE_AREA_NOT_FOUND: info('not-found', 'not-found', 404),
  ACCOUNT_NOT_FOUND: info('not-found', 'not-found', 404),

  DATABASE_ERROR: info('infrastructure', 'service-down', 503, true),
  AUTHZ_ERROR: info('infrastructure', 'service-down', 503, true),
  VIDEO_ERROR: info('infrastructure', 'service-down', 503, true),
  QUEUE_ERROR: info('infrastructure', 'service-down', 503, true),
  EXTERNAL_ERROR: info('infrastructure', 'service-down', 502, true),
  PAYMENT_ERROR: info('infrastructure', 'service-down', 502, true),
  INTERNAL_SERVER_ERROR: info('infrastructure', 'service-down', 500, true),

  NETWORK_ERROR: info('infrastructure', 'waiting', 0, true),
  BAD_RESPONSE: info('infrastructure', 'service-down', 0, true),
  CHUNK_LOAD_ERROR: info('infrastructure', 'reload', 0),
  UNKNOWN: info('unknown', 'generic', 0),
} as const satisfies Record<KnownErrorCode, CodeInfo>;

const UNKNOWN_CODE_INFO: CodeInfo = CODE_REGISTRY.UNKNOWN;

/**
 * What the kit knows about `code`; a code the app declared in `codes` gets
 * its kind and retryability (family `unknown`, status 0); any other unknown
 * code gets the generic entry.
 *
 * @example describeCode('NO_CREDIT').kind // 'top-up'
 * @example describeCode('OPERATOR_BUSY', { OPERATOR_BUSY: { kind: 'waiting', retryable: true } }).kind // 'waiting'
 */
export function describeCode(code: string, codes?: AppCodes): CodeInfo {
  if (Object.hasOwn(CODE_REGISTRY, code)) return CODE_REGISTRY[code as KnownErrorCode];
  const app = declaredCode(code, codes);
  return app ? { ...UNKNOWN_CODE_INFO, kind: app.kind, retryable: app.retryable === true } : UNKNOWN_CODE_INFO;
}
