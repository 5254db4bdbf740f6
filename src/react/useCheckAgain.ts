import { useCallback, useContext, useRef } from 'react';
import { QueryClientContext } from '@tanstack/react-query';
import type { CheckOutcome } from './LuxxonFallbackProps';

/**
 * Checks the failed request again while the error screen stays up: refetches
 * the queries whose error is `thrown` once each (no retries), then resets the boundary if they all
 * succeeded, or hands the new error to `onNewError`. Without such queries (an
 * error from `showBoundary`, no QueryClient) it resets the boundary instead.
 * One check at a time: a second call while one runs gets the same promise.
 */
export function useCheckAgain(thrown: unknown, reset: () => void, onNewError: (error: unknown) => void): () => Promise<CheckOutcome> {
  const queryClient = useContext(QueryClientContext);
  const inFlight = useRef<Promise<CheckOutcome> | null>(null);

  const run = useCallback(async (): Promise<CheckOutcome> => {
    const failed =
      queryClient?.getQueryCache().findAll({ predicate: (q) => q.state.status === 'error' && q.state.error === thrown }) ?? [];
    if (queryClient === undefined || failed.length === 0) {
      reset();
      return 'recovered';
    }
    // One request per failed query: the waiting screen is the retry loop, React Query's
    // own retries on top of it would multiply the load (4 requests per check).
    await Promise.allSettled(failed.map((q) => queryClient.fetchQuery({ ...q.options, queryKey: q.queryKey, retry: false })));
    const still = failed.find((q) => q.state.status === 'error');
    if (still === undefined) {
      reset();
      return 'recovered';
    }
    onNewError(still.state.error);
    return 'failed';
  }, [queryClient, thrown, reset, onNewError]);

  return useCallback(() => {
    inFlight.current ??= run().finally(() => {
      inFlight.current = null;
    });
    return inFlight.current;
  }, [run]);
}
