import { fromResponse } from '@luxxon/react-errors/core';

/** What `POST /v1/live-views` answers. */
export interface LiveViewGrant {
  readonly id: string;
  readonly place: string;
  readonly maxDurationSeconds: number;
}

/** What `GET /v1/wallet` answers. */
export interface WalletBalance {
  /** Live-view seconds the workspace can still pay for. */
  readonly creditSeconds: number;
}

/** The app's client of the Luxxon API. */
export interface LuxxonApi {
  /** Asks for a live view; throws a `LuxxonError` for any answer but 2xx. */
  readonly requestLiveView: (maxDurationSeconds: number, signal?: AbortSignal) => Promise<LiveViewGrant>;
  /** Reads the workspace's credit; throws a `LuxxonError` for any answer but 2xx. */
  readonly requestWallet: (signal?: AbortSignal) => Promise<WalletBalance>;
  /** Signs in again (the kit's `onReauthenticate`); later requests carry the new token. */
  readonly signIn: () => Promise<void>;
}

/** Where the demo asks for a live view: Lisbon's riverside square. */
const SPOT = { lat: 38.7075, lng: -9.1364 };

/**
 * The API client as the kit's README tells apps to write it:
 * `if (!res.ok) throw await fromResponse(res)`. Holds the session token.
 *
 * @example const api = createLuxxonApi('http://127.0.0.1:4010', 'demo-session-1');
 */
export function createLuxxonApi(baseUrl: string, initialToken: string): LuxxonApi {
  let token = initialToken;
  return {
    requestLiveView: async (maxDurationSeconds, signal) => {
      const res = await fetch(`${baseUrl}/v1/live-views`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ ...SPOT, maxDurationSeconds }),
        signal,
      });
      if (!res.ok) throw await fromResponse(res);
      return (await res.json()) as LiveViewGrant;
    },
    requestWallet: async (signal) => {
      const res = await fetch(`${baseUrl}/v1/wallet`, { headers: { authorization: `Bearer ${token}` }, signal });
      if (!res.ok) throw await fromResponse(res);
      return (await res.json()) as WalletBalance;
    },
    signIn: async () => {
      // A real app opens its sign-in flow here; the demo signs the demo user in silently.
      const res = await fetch(`${baseUrl}/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
      if (!res.ok) throw await fromResponse(res);
      const body = (await res.json()) as { token?: unknown };
      if (typeof body.token !== 'string') throw new Error('login: no token in the answer');
      token = body.token;
    },
  };
}
