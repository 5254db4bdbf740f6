import { fromResponse } from '@luxxon/react-errors/core';

/** What `POST /v1/live-views` answers. */
export interface LiveViewGrant {
  readonly id: string;
  readonly place: string;
  readonly maxDurationSeconds: number;
}

/** What a request may set; the client adds the JSON content type, no caching, and (signed in) the session's token. */
export type LuxxonRequestInit = Pick<RequestInit, 'method' | 'body' | 'signal'>;

/**
 * The app's client of the Luxxon API, on the server (the page's prefetch) and
 * in the browser. The demo (`demo/src/luxxonApi.ts`) builds on this one.
 */
export interface LuxxonApi {
  /** Any endpoint, signed in: its JSON answer; throws a `LuxxonError` for any answer but 2xx. */
  readonly request: <T>(path: string, init?: LuxxonRequestInit) => Promise<T>;
  /** Asks for a live view; throws a `LuxxonError` for any answer but 2xx. */
  readonly requestLiveView: (maxDurationSeconds: number, signal?: AbortSignal) => Promise<LiveViewGrant>;
  /** Signs in again (the kit's `onReauthenticate`); later requests carry the new token. */
  readonly signIn: () => Promise<void>;
}

/** Where the example asks for a live view: Lisbon's riverside square. */
const SPOT = { lat: 38.7075, lng: -9.1364 };

/** The query of one live view, the same on the server (prefetch) and in the browser. */
export const liveViewKey = (seconds: number) => ['live-view', seconds] as const;

/**
 * One live view's query options, the same object for the page's prefetch and
 * the component's `useSuspenseQuery`. A live view spends credit: it is never
 * requested again behind the user's back.
 *
 * @example const { data } = useSuspenseQuery(liveViewQuery(api, 60));
 */
export const liveViewQuery = (api: Pick<LuxxonApi, 'requestLiveView'>, seconds: number) => ({
  queryKey: liveViewKey(seconds),
  queryFn: ({ signal }: { readonly signal: AbortSignal }) => api.requestLiveView(seconds, signal),
  staleTime: Infinity,
  refetchOnWindowFocus: false,
  refetchOnReconnect: false,
});

/**
 * The API client as the kit's README tells apps to write it:
 * `if (!res.ok) throw await fromResponse(res)`. `fromResponse` comes from the
 * package's main entry and runs in a Server Component as well: only the
 * kit's React modules are client modules.
 *
 * @example const api = createLuxxonApi('http://127.0.0.1:4010', 'demo-session-1');
 */
export function createLuxxonApi(baseUrl: string, initialToken: string): LuxxonApi {
  let token = initialToken;
  const send = async <T>(path: string, { method, body, signal }: LuxxonRequestInit, authorization?: string): Promise<T> => {
    const res = await fetch(`${baseUrl}${path}`, {
      method,
      headers: { ...(body == null ? {} : { 'content-type': 'application/json' }), ...(authorization === undefined ? {} : { authorization }) },
      body,
      signal,
      // Next.js must not cache it: a live view spends credit, a balance changes.
      cache: 'no-store',
    });
    if (!res.ok) throw await fromResponse(res);
    return (await res.json()) as T;
  };
  const request = <T>(path: string, init: LuxxonRequestInit = {}) => send<T>(path, init, `Bearer ${token}`);
  return {
    request,
    requestLiveView: (maxDurationSeconds, signal) =>
      request<LiveViewGrant>('/v1/live-views', { method: 'POST', body: JSON.stringify({ ...SPOT, maxDurationSeconds }), signal }),
    signIn: async () => {
      // A real app opens its sign-in flow here; the example signs the demo user in silently.
      const answer = await send<{ token?: unknown }>('/v1/auth/login', { method: 'POST', body: '{}' });
      if (typeof answer.token !== 'string') throw new Error('login: no token in the answer');
      token = answer.token;
    },
  };
}
