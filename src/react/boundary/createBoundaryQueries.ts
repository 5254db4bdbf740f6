import type { Query, QueryClient } from '@tanstack/react-query';
import type { CheckResult } from '../screens/LuxxonScreenProps';

/** How long data fetched by a kit check counts as fresh for the mount that follows it. */
const FRESH_AFTER_CHECK_MS = 1000;

const RAW = Symbol('luxxon.rawClient');

/** Queries fetched by a check, page-wide (hash → dataUpdatedAt): the remount after it must not fetch them again. */
export type CheckedQueries = Map<string, number>;

/** What one boundary knows of the queries rendered under it. */
export interface BoundaryQueries {
  /** The QueryClient its children see: the app's, noting every query they render. */
  readonly client: QueryClient;
  /** Notes the queries that failed under the boundary (and the one whose error is `thrown`). */
  readonly remember: (thrown: unknown) => void;
  /** Fetches each failed query that has not succeeded since, once, with no retries: `{ error }` of one still failing, when it has one. */
  readonly check: () => Promise<CheckResult>;
  /** Resets the failed queries still in error, so that the next mount fetches instead of replaying. */
  readonly release: () => void;
  /** `release`, then forgets them: the boundary shows its content again. */
  readonly clear: () => void;
  /** Called whenever an update leaves every failed query succeeded (fetched by anyone). Returns the unsubscribe. */
  readonly onRecovered: (listener: () => void) => () => void;
  /** The failed queries it knows of, by hash (read by the devtools). */
  readonly failed: ReadonlyMap<string, Query>;
}

/**
 * Tracks the queries a boundary's children render, through a QueryClient
 * view that notes the hash of every query it defaults the options of
 * (`useQuery`, `useSuspenseQuery`, `useQueries` all do, every render); a
 * nested boundary notes its own, so neither touches the other's. Data that
 * a kit check fetched under a second ago is not refetched on mount.
 */
export function createBoundaryQueries(appClient: QueryClient, checked: CheckedQueries): BoundaryQueries {
  const raw: QueryClient = (appClient as unknown as Record<symbol, QueryClient | undefined>)[RAW] ?? appClient;
  const cache = raw.getQueryCache();
  const rendered = new Set<string>();
  const failed = new Map<string, Query>();
  const bound = new Map<PropertyKey, unknown>();

  const client = new Proxy(raw, {
    get(target, key) {
      if (key === RAW) return target;
      if (key === 'defaultQueryOptions') {
        return (options: Parameters<QueryClient['defaultQueryOptions']>[0]) => {
          const defaulted = target.defaultQueryOptions(options);
          rendered.add(defaulted.queryHash);
          const at = checked.get(defaulted.queryHash);
          if (at === undefined) return defaulted;
          if (at === cache.get(defaulted.queryHash)?.state.dataUpdatedAt && Date.now() - at < FRESH_AFTER_CHECK_MS) return { ...defaulted, refetchOnMount: false };
          // Past its second (or refetched since): forgotten, so the record stays as small as the page.
          checked.delete(defaulted.queryHash);
          return defaulted;
        };
      }
      // Read on the client itself, its methods bound to it: they use its private fields.
      const value = (target as unknown as Record<PropertyKey, unknown>)[key];
      if (typeof value !== 'function') return value;
      if (!bound.has(key)) bound.set(key, (value as (...args: unknown[]) => unknown).bind(target));
      return bound.get(key);
    },
  });

  const current = (q: Query) => cache.get(q.queryHash) ?? q;
  const release = () => {
    for (const q of failed.values()) {
      const now = current(q);
      if (now.state.status === 'error' && now.state.fetchStatus === 'idle') now.reset();
    }
  };

  return {
    client,
    remember(thrown) {
      for (const q of cache.getAll()) {
        if (q.state.status === 'error' && (rendered.has(q.queryHash) || q.state.error === thrown)) failed.set(q.queryHash, q);
      }
    },
    failed,
    async check() {
      const list = [...failed.values()];
      await Promise.allSettled(
        list
          .filter((q) => current(q).state.status !== 'success')
          // One request per failed query: the waiting screen is the retry loop.
          .map((q) => raw.fetchQuery({ ...q.options, queryKey: q.queryKey, retry: false })),
      );
      const still = list.map(current).find((q) => q.state.status !== 'success');
      if (still === undefined) return 'recovered';
      const { error } = still.state;
      return error == null ? 'failed' : { error };
    },
    release,
    clear() {
      release();
      failed.clear();
    },
    onRecovered(listener) {
      return cache.subscribe((event) => {
        if (event.type !== 'updated' || !failed.has(event.query.queryHash)) return;
        const now = [...failed.values()].map(current);
        if (!now.every((q) => q.state.status === 'success')) return;
        // Just fetched: the content that mounts now must not fetch them again.
        for (const q of now) checked.set(q.queryHash, q.state.dataUpdatedAt);
        listener();
      });
    },
  };
}
