'use client';

import { Suspense, useId, useState } from 'react';
import { useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { LuxxonErrorBoundary } from '@luxxon/react-errors';
import { liveViewKey, liveViewQuery } from './luxxonApi';
import { useExample } from './Providers';
import { useHydrated } from './useHydrated';

function LiveViewContent({ seconds }: { readonly seconds: number }) {
  const { api } = useExample();
  const headingId = useId();
  const { data } = useSuspenseQuery(liveViewQuery(api, seconds));
  return (
    <article className="example-live-view" aria-labelledby={headingId} data-live-view={data.id}>
      <p>Live view</p>
      {/* The place name comes from the API, in Portuguese whatever the app's language. */}
      <h2 id={headingId} lang="pt">
        {data.place}
      </h2>
      <p>Up to {data.maxDurationSeconds} seconds of video</p>
    </article>
  );
}

function Loading() {
  return (
    <p className="example-loading" role="status">
      Loading…
    </p>
  );
}

/**
 * Server-renders the live view only when the page's prefetch succeeded. A
 * failed prefetch is not dehydrated (TanStack Query's default), so the query
 * is missing here; `useSuspenseQuery` would then fetch again during server
 * rendering, throw into it, and React would drop the HTML and "switch to
 * client rendering", which fetches a third time. Instead the server and the
 * hydrating browser show the loading state, and the browser asks once, with
 * the error boundary in place.
 */
function LiveView({ seconds }: { readonly seconds: number }) {
  const hydrated = useHydrated();
  const prefetched = useQueryClient().getQueryData(liveViewKey(seconds)) !== undefined;
  if (!hydrated && !prefetched) return <Loading />;
  return <LiveViewContent seconds={seconds} />;
}

/**
 * The page as the kit's README tells apps to write it: `useSuspenseQuery`
 * inside `<LuxxonErrorBoundary>` + `<Suspense>`. INSUFFICIENT_CREDIT offers a
 * shorter view (half as long, at least 15 s).
 */
export function LiveViewPage({ initialSeconds }: { readonly initialSeconds: number }) {
  const [seconds, setSeconds] = useState(initialSeconds);
  return (
    <LuxxonErrorBoundary onShortenDuration={() => setSeconds((s) => Math.max(15, Math.floor(s / 2)))}>
      <Suspense fallback={<Loading />}>
        <LiveView seconds={seconds} />
      </Suspense>
    </LuxxonErrorBoundary>
  );
}
