/** The path that answers the workspace's credit (`GET`, signed in). */
export const WALLET_PATH = '/v1/wallet';

/** What `GET /v1/wallet` answers: the live-view seconds the workspace can still pay for. */
export interface WalletBalance {
  readonly creditSeconds: number;
}
