import { dehydrate, HydrationBoundary } from '@tanstack/react-query';
import { headers } from 'next/headers';
import { describeCode, isLuxxonError } from '@luxxon/react-errors';
import { readExampleConfig } from './exampleConfig';
import { getQueryClient } from './getQueryClient';
import { LanguageSwitch } from './LanguageSwitch';
import { LiveViewPage } from './LiveViewPage';
import { createLuxxonApi, liveViewKey, liveViewQuery } from './luxxonApi';
import { Providers } from './Providers';

/** Props Next.js gives a page: its search parameters, as a promise. */
interface PageProps {
  readonly searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/**
 * A Server Component. It prefetches the live view on the server, TanStack
 * Query's `HydrationBoundary` pattern: when the API answers, the HTML has the
 * live view and the browser asks nothing. When it fails, the failed query is
 * not dehydrated: the browser asks once, inside the kit's error boundary.
 */
export default async function Page({ searchParams }: PageProps) {
  const config = readExampleConfig(await searchParams, (await headers()).get('accept-language'));
  const queryClient = getQueryClient(config.fastRetry);
  const api = createLuxxonApi(config.api, config.token);
  // prefetchQuery never throws: an error stays in this server-only cache.
  await queryClient.prefetchQuery(liveViewQuery(api, config.seconds));
  // The kit's pure helpers are server code too (only its React modules are client modules).
  const failed = queryClient.getQueryState(liveViewKey(config.seconds))?.error;
  const prefetch = failed == null ? 'ok' : isLuxxonError(failed) ? describeCode(failed.code).kind : 'failed';

  return (
    <Providers config={config}>
      <header className="example-header">
        <h1>Luxxon live view</h1>
        <LanguageSwitch />
      </header>
      <main className="example-main" data-prefetch={prefetch}>
        <HydrationBoundary state={dehydrate(queryClient)}>
          <LiveViewPage initialSeconds={config.seconds} />
        </HydrationBoundary>
      </main>
    </Providers>
  );
}
