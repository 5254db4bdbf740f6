import { readProperty } from './readEnvelope';

// What browsers and Node say when fetch never got a response.
const FETCH_FAILURE = /failed to fetch|networkerror|network error|load failed|fetch failed|network request failed/i;
const SYSTEM_CODES: ReadonlySet<string> = new Set([
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

/** Whether a thrown value means the request never got an answer. */
export function isNetworkFailure(value: unknown): boolean {
  const name = readProperty(value, 'name');
  const message = readProperty(value, 'message');
  const code = readProperty(value, 'code');
  if (name === 'TimeoutError') return true;
  if (typeof code === 'string' && SYSTEM_CODES.has(code)) return true;
  if (name === 'TypeError' && typeof message === 'string' && FETCH_FAILURE.test(message)) return true;
  const cause = readProperty(value, 'cause');
  return cause !== value && typeof cause === 'object' && cause !== null && SYSTEM_CODES.has(String(readProperty(cause, 'code')));
}
