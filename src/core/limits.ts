/** Bounds on what the kit keeps from untrusted input (server payloads, thrown values). */
export const LIMITS = {
  /** Longest code accepted; longer strings are not codes. */
  codeLength: 64,
  messageLength: 500,
  detailLength: 2_000,
  timestampLength: 64,
  requestIdLength: 128,
  /** Bytes of a response body read (from its stream, which is then cancelled); the rest is never read. */
  bodyLength: 65_536,
  /** Longest time `fromResponse` spends reading a body; a body still arriving then is no body. */
  bodyReadMs: 10_000,
  /** Longest wait the kit honours from `Retry-After`. */
  retryAfterMs: 5 * 60_000,
  /** How deep `toLuxxonError` looks for an envelope inside wrapper objects. */
  searchDepth: 3,
} as const;
