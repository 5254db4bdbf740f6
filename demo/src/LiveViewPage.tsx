import { Suspense, useId, useState } from 'react';
import { useSuspenseQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { LuxxonErrorBoundary } from '@luxxon/react-errors';
import { liveViewQuery, type LuxxonApi } from './luxxonApi';
import { WalletCard } from './WalletCard';

/** Props of {@link LiveViewPage}. */
export interface LiveViewPageProps {
  readonly api: LuxxonApi;
  /** The live view's length asked for first, in seconds. */
  readonly initialSeconds: number;
}

function LiveViewContent({ api, seconds }: { readonly api: LuxxonApi; readonly seconds: number }) {
  const { t } = useTranslation();
  const headingId = useId();
  const { data } = useSuspenseQuery(liveViewQuery(api, seconds));
  return (
    <article className="demo-live-view" aria-labelledby={headingId} data-live-view={data.id}>
      <p className="demo-live-view__label">{t('liveView')}</p>
      {/* The place name comes from the API, in Portuguese whatever the app's language. */}
      <h2 id={headingId} lang="pt">
        {data.place}
      </h2>
      <p>{t('duration', { count: data.maxDurationSeconds })}</p>
      <p className="demo-live-view__id">{t('viewId', { id: data.id })}</p>
    </article>
  );
}

function Loading() {
  const { t } = useTranslation();
  return (
    <p className="demo-loading" role="status">
      {t('loading')}
    </p>
  );
}

/**
 * The page as the kit's README tells apps to write it: `useSuspenseQuery`
 * inside `<LuxxonErrorBoundary>` + `<Suspense>`. INSUFFICIENT_CREDIT offers a
 * shorter view (half as long, at least 15 s). The wallet beside it has a
 * boundary of its own: two boundaries on one page.
 */
export function LiveViewPage({ api, initialSeconds }: LiveViewPageProps) {
  const [seconds, setSeconds] = useState(initialSeconds);
  return (
    <div className="demo-page">
      <LuxxonErrorBoundary name="live-view" onShortenDuration={() => setSeconds((s) => Math.max(15, Math.floor(s / 2)))}>
        <Suspense fallback={<Loading />}>
          <LiveViewContent api={api} seconds={seconds} />
        </Suspense>
      </LuxxonErrorBoundary>
      <WalletCard api={api} />
    </div>
  );
}
