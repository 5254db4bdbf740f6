import type { ApiAnswer, ApiRequest } from './decide';

/** One request the simulated API answered, as its request log shows it. */
export interface RequestRecord {
  /** 1-based, in arrival order (the number in its `x-request-id`). */
  readonly n: number;
  readonly method: string;
  readonly path: string;
  /** The `Authorization` header as received. */
  readonly authorization: string | undefined;
  readonly body: unknown;
  readonly status: number;
  /** The envelope's code, for error answers that are envelopes. */
  readonly code: string | undefined;
  /** The `x-request-id` sent back. */
  readonly requestId: string;
  /** The `Retry-After` sent back. */
  readonly retryAfter: string | undefined;
}

/**
 * The log line for `request`, answered `answer` as the `n`th request.
 *
 * @example recordOf(1, request, answer).status // 503
 */
export function recordOf(n: number, request: ApiRequest, answer: ApiAnswer): RequestRecord {
  const { method, path, authorization, body } = request;
  const { status, code, requestId, retryAfter } = answer;
  return { n, method, path, authorization, body, status, code, requestId, retryAfter };
}
