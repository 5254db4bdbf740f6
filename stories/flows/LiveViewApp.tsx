import { Suspense, useId, useState } from 'react';
import { useSuspenseQuery } from '@tanstack/react-query';
import { type LuxxonError, LuxxonErrorBoundary, useLuxxon } from '@luxxon/react-errors';
import { fromResponse } from '@luxxon/react-errors/core';
import type { FakeLuxxonApi, LiveViewGrant, LiveViewRequestBody } from './fakeLuxxonApi';
import { FakeApiPanel } from './FakeApiPanel';

type Fetch = FakeLuxxonApi['fetch'];

/** Where the app asks for a live view: Lisbon's riverside square. */
const SPOT = { lat: 38.7075, lng: -9.1364 };

/** The app's fetcher, as the kit's README tells apps to write it. */
async function requestLiveView(fetch: Fetch, body: LiveViewRequestBody, signal: AbortSignal): Promise<LiveViewGrant> {
  const res = await fetch('/v1/live-views', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
    signal,
  });
  if (!res.ok) throw await fromResponse(res);
  return (await res.json()) as LiveViewGrant;
}

function LiveViewContent({ fetch, seconds }: { fetch: Fetch; seconds: number }) {
  const { locale } = useLuxxon();
  const headingId = useId();
  const { data } = useSuspenseQuery({
    queryKey: ['live-view', seconds],
    queryFn: ({ signal }) => requestLiveView(fetch, { ...SPOT, maxDurationSeconds: seconds }, signal),
  });
  const duration = new Intl.NumberFormat(locale, { style: 'unit', unit: 'second', unitDisplay: 'long' }).format(data.maxDurationSeconds);
  return (
    <article className="sb-demo__content" aria-labelledby={headingId} data-live-view={data.id}>
      {/* The place comes from the API, as the app's content would: isolated, so it reads LTR inside an RTL page. */}
      <h2 id={headingId}>
        <bdi lang="pt">{data.place}</bdi>
      </h2>
      <p>{duration}</p>
    </article>
  );
}

/** Props of {@link LiveViewApp}. */
export interface LiveViewAppProps {
  readonly api: FakeLuxxonApi;
  /** The live view's length the app asks for first. */
  readonly initialSeconds: number;
  /** Called when the user asks for a shorter view (INSUFFICIENT_CREDIT). */
  readonly onShortenDuration: (error: LuxxonError) => void;
}

/**
 * A tiny app as a real one uses the kit: `useSuspenseQuery` inside
 * `<LuxxonErrorBoundary>` + `<Suspense>`, a fetcher that throws
 * `fromResponse(res)`, and the fake API's panel beside it.
 */
export function LiveViewApp({ api, initialSeconds, onShortenDuration }: LiveViewAppProps) {
  const [seconds, setSeconds] = useState(initialSeconds);
  return (
    <div className="sb-demo">
      <LuxxonErrorBoundary
        onShortenDuration={(error) => {
          onShortenDuration(error);
          setSeconds((s) => Math.max(15, Math.floor(s / 2)));
        }}
      >
        <Suspense fallback={<div className="sb-demo__loading" aria-busy="true"><span className="lx-spinner" aria-hidden="true" /></div>}>
          <LiveViewContent fetch={api.fetch} seconds={seconds} />
        </Suspense>
      </LuxxonErrorBoundary>
      <FakeApiPanel api={api} />
    </div>
  );
}
