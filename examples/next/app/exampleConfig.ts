/** What the example reads from the page's query string, so that tests can point it at a simulator. */
export interface ExampleConfig {
  /** Base URL of the Luxxon API (the simulator): `?api=http://127.0.0.1:43817`. Loopback only. */
  readonly api: string;
  /** React Query's retry policy: the kit's default, or `?retry=fast` (same decisions, millisecond delays). */
  readonly fastRetry: boolean;
  /** The kit's language: `?lng=es`, else the browser's first `Accept-Language`, else English. */
  readonly lng: string;
  /** Length of the live view asked for first, in seconds: `?seconds=60`. */
  readonly seconds: number;
  /** The session token the app starts with (`?token=`); a real app reads its session cookie. */
  readonly token: string;
}

/** The simulator's default token (simulator/scenarios.ts `DEMO_TOKEN`). */
const DEFAULT_TOKEN = 'demo-session-1';

/**
 * The server fetches this URL, so it must never come from a visitor as is:
 * only a simulator on this machine is accepted (a real app has its API's URL
 * in its own configuration).
 */
const LOOPBACK_API = /^http:\/\/127\.0\.0\.1:\d{2,5}$/;

type SearchParams = Readonly<Record<string, string | readonly string[] | undefined>>;

const first = (value: string | readonly string[] | undefined) => (typeof value === 'string' ? value : value?.[0]);

/**
 * Reads the example's configuration from the page's search parameters.
 *
 * @example readExampleConfig({ api: 'http://127.0.0.1:4010', lng: 'es' }, undefined).lng // 'es'
 */
export function readExampleConfig(params: SearchParams, acceptLanguage: string | null | undefined): ExampleConfig {
  const api = (first(params.api) ?? process.env.LUXXON_API_URL ?? '').replace(/\/+$/, '');
  if (!LOOPBACK_API.test(api)) throw new Error('example: pass the simulator as ?api=http://127.0.0.1:<port> (or set LUXXON_API_URL)');
  const seconds = Number(first(params.seconds));
  return {
    api,
    fastRetry: first(params.retry) === 'fast',
    lng: first(params.lng) ?? acceptLanguage?.split(',')[0]?.split(';')[0]?.trim() ?? 'en',
    seconds: Number.isInteger(seconds) && seconds > 0 ? seconds : 60,
    token: first(params.token) ?? DEFAULT_TOKEN,
  };
}
