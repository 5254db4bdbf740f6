import { CODE_REGISTRY } from './codeRegistry';

// The registry is the one runtime list of codes, in the page's order and then the kit's own: the
// page documents a status for each of its codes, the kit assigns status 0 to its own.
const codesWhere = (documented: boolean) => Object.keys(CODE_REGISTRY).filter((code) => (CODE_REGISTRY[code as KnownErrorCode].status !== 0) === documented);

/**
 * Every code on the Luxxon API error page, in the page's order.
 * Codes are append-only: add new ones to this type and to `CODE_REGISTRY`
 * (its `satisfies` clause demands the entry); stories and locale checks
 * will demand the rest.
 *
 * @example LUXXON_ERROR_CODES.includes('NO_COVERAGE') // true
 */
export const LUXXON_ERROR_CODES = codesWhere(true) as unknown as readonly [
  // Auth + authorization
  'NOT_AUTHENTICATED',
  'NOT_AUTHORIZED',
  'INSUFFICIENT_SCOPE',
  'NOT_OPERATOR',
  'NOT_YOUR_SESSION',
  // Domain rules
  'INVALID_INPUT',
  'INVALID_STATE',
  'CONFLICT',
  'NO_COVERAGE',
  'OUTSIDE_COVERAGE',
  'UNAVAILABLE',
  'FRAME_NOT_AVAILABLE',
  // Wallet + settlement
  'NO_CREDIT',
  'INSUFFICIENT_CREDIT',
  // Not-found
  'NOT_FOUND',
  'SESSION_NOT_FOUND',
  'OPERATOR_NOT_FOUND',
  'COVERAGE_AREA_NOT_FOUND',
  'ACCOUNT_NOT_FOUND',
  // Infrastructure (5xx)
  'DATABASE_ERROR',
  'AUTHZ_ERROR',
  'VIDEO_ERROR',
  'QUEUE_ERROR',
  'EXTERNAL_ERROR',
  'PAYMENT_ERROR',
  'INTERNAL_SERVER_ERROR',
];

/**
 * A code documented on the Luxxon API error page.
 *
 * @example const code: ApiErrorCode = 'NO_CREDIT';
 */
export type ApiErrorCode = (typeof LUXXON_ERROR_CODES)[number];

/**
 * Codes the kit itself assigns when a thrown value carries no Luxxon code:
 * - `NETWORK_ERROR`: the request never got an answer (offline, DNS, CORS, timeout).
 * - `BAD_RESPONSE`: an answer came back but its body is not a Luxxon envelope
 *   (an HTML error page from a proxy, an empty body, invalid JSON).
 * - `CHUNK_LOAD_ERROR`: a part of the app that loads on demand (a lazy
 *   chunk, its CSS) is gone: the app was deployed again while it was open.
 * - `UNKNOWN`: anything else (a bug in app code, a thrown string, `null`).
 *
 * @example KIT_ERROR_CODES // ['NETWORK_ERROR', 'BAD_RESPONSE', 'CHUNK_LOAD_ERROR', 'UNKNOWN']
 */
export const KIT_ERROR_CODES = codesWhere(false) as unknown as readonly ['NETWORK_ERROR', 'BAD_RESPONSE', 'CHUNK_LOAD_ERROR', 'UNKNOWN'];

/**
 * A code assigned by the kit, never sent by the API.
 *
 * @example const offline: KitErrorCode = 'NETWORK_ERROR';
 */
export type KitErrorCode = (typeof KIT_ERROR_CODES)[number];

/**
 * Every code the kit knows by name.
 *
 * @example const known: KnownErrorCode[] = [...LUXXON_ERROR_CODES, ...KIT_ERROR_CODES];
 */
export type KnownErrorCode = ApiErrorCode | KitErrorCode;

/**
 * The code of a {@link LuxxonError}: a known code, or any other string the API
 * may add later (codes are append-only; unknown ones get the generic state).
 *
 * @example const future: LuxxonErrorCode = 'RATE_LIMITED'; // not on the page yet: allowed
 */
export type LuxxonErrorCode = KnownErrorCode | (string & {});

const apiCodes: ReadonlySet<string> = new Set(LUXXON_ERROR_CODES);
const kitCodes: ReadonlySet<string> = new Set(KIT_ERROR_CODES);

/**
 * Whether `code` is documented on the Luxxon API error page.
 *
 * @example isApiErrorCode('NO_CREDIT') // true; isApiErrorCode('NETWORK_ERROR') // false
 */
export function isApiErrorCode(code: string): code is ApiErrorCode {
  return apiCodes.has(code);
}

/**
 * Whether `code` is one the kit assigns itself.
 *
 * @example isKitErrorCode('BAD_RESPONSE') // true
 */
export function isKitErrorCode(code: string): code is KitErrorCode {
  return kitCodes.has(code);
}

/**
 * Whether the kit has a tailored experience for `code`.
 *
 * @example if (!isKnownErrorCode(error.code)) log('new Luxxon code', error.code);
 */
export function isKnownErrorCode(code: string): code is KnownErrorCode {
  return apiCodes.has(code) || kitCodes.has(code);
}
