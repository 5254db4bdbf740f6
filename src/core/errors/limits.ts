/*
 * Bounds on what the kit keeps from untrusted input (server payloads, thrown values).
 * Named constants, which a minifier shortens (an object's property names it cannot);
 * `LIMITS` gathers them for tests and docs.
 */

/** Longest code accepted; longer strings are not codes. */
export const CODE_LENGTH = 64;
export const MESSAGE_LENGTH = 500;
export const DETAIL_LENGTH = 2_000;
export const TIMESTAMP_LENGTH = 64;
export const REQUEST_ID_LENGTH = 128;
/** Bytes of a response body read (from its stream, which is then cancelled); the rest is never read. */
export const BODY_LENGTH = 65_536;
/** Longest time `fromResponse` spends reading a body; a body still arriving then is no body. */
export const BODY_READ_MS = 10_000;
/** Longest wait the kit honours from `Retry-After`. */
export const RETRY_AFTER_MS = 5 * 60_000;
/** How deep `toLuxxonError` looks for an envelope inside wrapper objects. */
export const SEARCH_DEPTH = 3;

/** Bounds on what the kit keeps from untrusted input (server payloads, thrown values). */
export const LIMITS = {
  codeLength: CODE_LENGTH,
  messageLength: MESSAGE_LENGTH,
  detailLength: DETAIL_LENGTH,
  timestampLength: TIMESTAMP_LENGTH,
  requestIdLength: REQUEST_ID_LENGTH,
  bodyLength: BODY_LENGTH,
  bodyReadMs: BODY_READ_MS,
  retryAfterMs: RETRY_AFTER_MS,
  searchDepth: SEARCH_DEPTH,
} as const;
