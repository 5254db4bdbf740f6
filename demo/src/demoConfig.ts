import { createRetryPolicy, type RetryPolicy } from '@luxxon/react-errors/core';
import APP_CODES from './appCodes';
import { DEMO_TOKEN } from '../../simulator/world/World';

/** What the demo reads from its URL, so that tests can point it anywhere. */
export interface DemoConfig {
  /** Base URL of the Luxxon API (the simulator): `?api=http://127.0.0.1:43817`. */
  readonly api: string;
  /** React Query's retry policy: the kit's default, or `?retry=fast` (same policy, millisecond delays) for tests. */
  readonly retry: RetryPolicy;
  /** Initial language: `?lng=es`; default the browser's. */
  readonly lng: string;
  /** Length of the live view asked for: `?seconds=60`. */
  readonly seconds: number;
  /** The session token the app starts with (`?token=`). */
  readonly token: string;
  /** Show the simulator's control panel (`?panel=1`, set by `npm run demo`). */
  readonly panel: boolean;
  /** Load the error lab in a production build too (`?devtools=1`); the dev server always shows it. */
  readonly devtools: boolean;
}

/**
 * The kit's policy with delays in milliseconds instead of seconds: the same
 * decisions (which codes retry, how many times, `Retry-After` as a floor),
 * so that end-to-end tests run in seconds.
 */
const FAST_RETRY = createRetryPolicy({ baseDelayMs: 40, maxDelayMs: 200, maxRetryAfterMs: 300, codes: APP_CODES });

// The kit's default policy, honouring the app's own retryable codes too.
const DEFAULT_RETRY: RetryPolicy = createRetryPolicy({ codes: APP_CODES });

function positiveInteger(value: string | null, fallback: number): number {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? n : fallback;
}

/**
 * Reads the demo's configuration from the page's URL.
 *
 * @example readDemoConfig(new URL('http://127.0.0.1:5173/?api=http://127.0.0.1:4010&retry=fast&lng=es')).lng // 'es'
 */
export function readDemoConfig(url: URL, fallbackApi: string | undefined, browserLanguage: string): DemoConfig {
  const params = url.searchParams;
  const api = params.get('api') ?? fallbackApi;
  if (!api) throw new Error('demo: pass the API base URL as ?api=http://127.0.0.1:<port> (npm run demo does it for you)');
  return {
    api: api.replace(/\/+$/, ''),
    retry: params.get('retry') === 'fast' ? FAST_RETRY : DEFAULT_RETRY,
    lng: params.get('lng') ?? browserLanguage,
    seconds: positiveInteger(params.get('seconds'), 60),
    token: params.get('token') ?? DEMO_TOKEN,
    panel: params.get('panel') === '1',
    devtools: params.get('devtools') === '1',
  };
}
