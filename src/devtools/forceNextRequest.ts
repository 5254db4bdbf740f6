import type { Query } from '@tanstack/react-query';

type Fetch = Query['fetch'];
type Behavior = NonNullable<Query['options']['behavior']>;

/**
 * Makes the next request of `query` fail with `error`, through the query's
 * own fetch (its retries too, as the app's retry policy decides, and its
 * observers, boundaries and checks see a real failed query). Requests after
 * it run the query function again. Not for infinite queries (their own
 * behaviour replaces the one this installs). Returns the undo, for a
 * request that has not started yet.
 *
 * @example const undo = forceNextRequest(client.getQueryCache().find({ queryKey: ['wallet'] })!, error);
 */
export function forceNextRequest(query: Query, error: unknown): () => void {
  const own = query as unknown as { fetch?: Fetch };
  // Armed again: the latest error wins, and only one request fails.
  delete own.fetch;
  const original: Fetch = query.fetch;
  const undo = () => {
    if (own.fetch === forced) delete own.fetch;
  };
  const forced: Fetch = function (this: Query, options, fetchOptions) {
    const base = options ?? query.options;
    const kept = base.behavior;
    const behavior: Behavior = {
      onFetch(context, q) {
        // A request starts: this one fails, and the query gets its options back for the next.
        undo();
        kept?.onFetch(context, q);
        context.fetchFn = () => Promise.reject(error);
        query.options = { ...query.options, behavior: kept };
      },
    };
    return original.call(query, { ...base, behavior } as typeof base, fetchOptions);
  };
  own.fetch = forced;
  return undo;
}

/** Whether {@link forceNextRequest} is waiting for `query`'s next request. */
export function isForced(query: Query): boolean {
  return Object.hasOwn(query, 'fetch');
}

/** Undoes {@link forceNextRequest} for `query` before its next request starts. */
export function disarm(query: Query): void {
  delete (query as unknown as { fetch?: Fetch }).fetch;
}
