import { readProperty } from './readEnvelope';

// What browsers and Node say when fetch never got a response.
const FETCH_FAILURE = /failed to fetch|networkerror|network error|load failed|fetch failed|network request failed/i;
// What bundlers and browsers say when a lazy chunk (or its CSS) is gone: Chromium's "Failed to fetch
// dynamically imported module", Firefox's "error loading dynamically imported module", Safari's
// "Importing a module script failed", webpack's ChunkLoadError and "Loading CSS chunk … failed",
// Vite's "Unable to preload CSS".
const CHUNK_FAILURE = /dynamically imported module|importing a module script failed|loading (css )?chunk \S+ failed|unable to preload css/i;
const SYSTEM_CODES: ReadonlySet<unknown> = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ENOTFOUND',
  'ETIMEDOUT',
  'EAI_AGAIN',
  'ENETUNREACH',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_SOCKET',
  'ERR_NETWORK',
]);

/**
 * The kit's code for a thrown value that carries no Luxxon code:
 * `CHUNK_LOAD_ERROR` when a part of the app that loads on demand is gone (a
 * new version is out; checked first, as Chromium's message also says "Failed
 * to fetch"), `NETWORK_ERROR` when the request never got an answer, else
 * `UNKNOWN`.
 */
export function failureCode(value: unknown): 'CHUNK_LOAD_ERROR' | 'NETWORK_ERROR' | 'UNKNOWN' {
  const name = readProperty(value, 'name');
  const message = readProperty(value, 'message');
  const text = typeof message === 'string' ? message : '';
  if (name === 'ChunkLoadError' || CHUNK_FAILURE.test(text)) return 'CHUNK_LOAD_ERROR';
  const cause = readProperty(value, 'cause');
  const network =
    name === 'TimeoutError' ||
    SYSTEM_CODES.has(readProperty(value, 'code')) ||
    (name === 'TypeError' && FETCH_FAILURE.test(text)) ||
    (cause !== value && SYSTEM_CODES.has(readProperty(cause, 'code')));
  return network ? 'NETWORK_ERROR' : 'UNKNOWN';
}
