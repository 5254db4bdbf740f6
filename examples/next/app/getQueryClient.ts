import { isServer, QueryClient } from '@tanstack/react-query';
import { createRetryPolicy, luxxonRetry, luxxonRetryDelay } from '@luxxon/react-errors/core';

/** The kit's policy with delays in milliseconds (`?retry=fast`), for the end-to-end tests. */
const FAST = createRetryPolicy({ baseDelayMs: 40, maxDelayMs: 200, maxRetryAfterMs: 300 });

function makeQueryClient(fastRetry: boolean): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // The server never retries: it would hold the page back; the browser does, with the kit's policy.
        retry: isServer ? false : fastRetry ? FAST.retry : luxxonRetry,
        retryDelay: fastRetry ? FAST.retryDelay : luxxonRetryDelay,
        // With server rendering, data the server fetched must not be fetched again on mount.
        staleTime: 60_000,
      },
    },
  });
}

let browserQueryClient: QueryClient | undefined;

/**
 * TanStack Query's App Router pattern: a new QueryClient for every server
 * request (never shared between users), one for the browser's lifetime
 * (React may throw away state made during a suspended first render).
 */
export function getQueryClient(fastRetry: boolean): QueryClient {
  if (isServer) return makeQueryClient(fastRetry);
  browserQueryClient ??= makeQueryClient(fastRetry);
  return browserQueryClient;
}
