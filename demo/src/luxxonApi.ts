import { createLuxxonApi as createLiveViewApi, type LuxxonApi as LiveViewApi } from '../../examples/next/app/luxxonApi';

export { liveViewQuery } from '../../examples/next/app/luxxonApi';
export type { LiveViewGrant } from '../../examples/next/app/luxxonApi';

/** What `GET /v1/wallet` answers. */
export interface WalletBalance {
  /** Live-view seconds the workspace can still pay for. */
  readonly creditSeconds: number;
}

/**
 * The demo's client of the Luxxon API: the Next.js example's client
 * (`examples/next/app/luxxonApi.ts`, one client for both apps: live views and
 * their query, sign-in, the session's token), plus the wallet the demo shows.
 */
export interface LuxxonApi extends LiveViewApi {
  /** Reads the workspace's credit; throws a `LuxxonError` for any answer but 2xx. */
  readonly requestWallet: (signal?: AbortSignal) => Promise<WalletBalance>;
}

/**
 * The demo's API client, signed in with `initialToken`.
 *
 * @example const api = createLuxxonApi('http://127.0.0.1:4010', 'demo-session-1');
 */
export function createLuxxonApi(baseUrl: string, initialToken: string): LuxxonApi {
  const api = createLiveViewApi(baseUrl, initialToken);
  return { ...api, requestWallet: (signal) => api.request<WalletBalance>('/v1/wallet', { signal }) };
}
