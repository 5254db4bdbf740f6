import { useCallback, useContext, useEffect, useId, useMemo, useRef, useState, type ReactNode } from 'react';
import { QueryClientContext, useQueryErrorResetBoundary } from '@tanstack/react-query';
import { ErrorBoundary } from 'react-error-boundary';
import type { LuxxonError } from '../../core/errors/LuxxonError';
import { LuxxonBoundaryContext } from './LuxxonBoundaryContext';
import { LuxxonErrorScreen } from '../screens/LuxxonErrorScreen';
import type { LuxxonLabBoundary } from '../provider/LuxxonLab';
import type { CheckResult, LuxxonScreens, LuxxonScreenVariant } from '../screens/LuxxonScreenProps';
import { createBoundaryQueries, type BoundaryQueries } from './createBoundaryQueries';
import { useLuxxonContext } from '../provider/useLuxxonContext';

/**
 * Why a boundary retried: the user or the app asked (a screen's action,
 * `useLuxxonErrorBoundary().retry()`), or its `resetKeys` changed.
 *
 * @example
 * ```tsx
 * <LuxxonErrorBoundary onRetry={(details: LuxxonRetryDetails) => details.reason === 'keys' && form.reset()}>…</LuxxonErrorBoundary>
 * ```
 */
export type LuxxonRetryDetails =
  | { readonly reason: 'retry' }
  | { readonly reason: 'keys'; readonly prev: readonly unknown[] | undefined; readonly next: readonly unknown[] | undefined };

/** Props of {@link LuxxonErrorBoundary}. */
export interface LuxxonErrorBoundaryProps {
  /**
   * The view whose queries may fail (`useSuspenseQuery`, or `throwOnError`).
   * @example
   * ```tsx
   * <LuxxonErrorBoundary><Suspense fallback={<Spinner />}><LiveView /></Suspense></LuxxonErrorBoundary>
   * ```
   */
  children?: ReactNode;
  /**
   * Reset the boundary when any of these change (a new session id, new input).
   * @example
   * ```tsx
   * <LuxxonErrorBoundary resetKeys={[sessionId]}>…</LuxxonErrorBoundary>
   * ```
   */
  resetKeys?: unknown[];
  /**
   * Called when the boundary retries (after the failed queries were reset, before the content renders again).
   * @example
   * ```tsx
   * <LuxxonErrorBoundary onRetry={() => form.reset()}>…</LuxxonErrorBoundary>
   * ```
   */
  onRetry?: (details: LuxxonRetryDetails) => void;
  /**
   * Your own screen for some experience kinds; the rest stay built-in.
   * @example
   * ```tsx
   * <LuxxonErrorBoundary screens={{ 'top-up': ({ retry }) => <MyTopUp onDone={retry} /> }}>…</LuxxonErrorBoundary>
   * ```
   */
  screens?: LuxxonScreens;
  /**
   * Layout of the screen: `page` (default), `section` (a widget's card in a
   * grid) or `inline` (a line in a form); the same text and actions.
   * @example
   * ```tsx
   * <LuxxonErrorBoundary variant="section">…</LuxxonErrorBoundary>
   * ```
   */
  variant?: LuxxonScreenVariant;
  /**
   * Added to the built-in screen's root classes.
   * @example
   * ```tsx
   * <LuxxonErrorBoundary className="dashboard-tile">…</LuxxonErrorBoundary>
   * ```
   */
  className?: string;
  /**
   * INSUFFICIENT_CREDIT: offer "Request a shorter view". Update your request
   * here; the boundary then resets and refetches.
   * @example
   * ```tsx
   * <LuxxonErrorBoundary onShortenDuration={() => setMaxSeconds((s) => Math.floor(s / 2))}>…</LuxxonErrorBoundary>
   * ```
   */
  onShortenDuration?: (error: LuxxonError) => void;
  /**
   * What the devtools call this boundary (`@luxxon/react-errors/devtools`); default: an id React gives it.
   * @example
   * ```tsx
   * <LuxxonErrorBoundary name="wallet">…</LuxxonErrorBoundary>
   * ```
   */
  name?: string;
}

interface BoundaryFallbackProps extends Pick<LuxxonErrorBoundaryProps, 'screens' | 'onShortenDuration' | 'variant' | 'className'> {
  readonly thrown: unknown;
  readonly reset: () => void;
  readonly queries: BoundaryQueries | undefined;
  readonly entry: LuxxonLabBoundary;
}

function BoundaryFallback({ thrown, reset, queries, entry, ...props }: BoundaryFallbackProps) {
  const { report } = useLuxxonContext();
  // What the devtools list for this boundary (a newer error a check met is in the page's recovery list).
  useEffect(() => {
    entry.error = thrown;
    return () => {
      entry.error = undefined;
    };
  }, [entry, thrown]);

  useEffect(() => {
    if (queries === undefined) return undefined;
    queries.remember(thrown);
    // Fetched by anyone (another screen's check, another view): the error is gone, so is the screen.
    const stop = queries.onRecovered(reset);
    // Unmounted while failed (a route change, a parent's re-key): the next mount fetches.
    return () => {
      stop();
      queries.release();
    };
  }, [queries, thrown, reset]);

  // A check may fail with a newer error: the page's recovery shows that one, until the boundary catches another.
  const check = useCallback(async (): Promise<CheckResult> => {
    // Nothing to fetch (an error from showBoundary, no QueryClient): rendering again is the check.
    if (!queries?.failed.size) {
      reset();
      return 'failed';
    }
    const result = await queries.check();
    if (result === 'recovered') reset();
    else if (result !== 'failed') report(result.error);
    return result;
  }, [queries, reset, report]);

  return <LuxxonErrorScreen error={thrown} onRetry={reset} onCheck={check} {...props} />;
}

function Thrower({ error }: { readonly error: unknown }): never {
  throw error;
}

/**
 * Catches what its children throw (React Query errors included), normalizes
 * it to a `LuxxonError` and shows the localized screen for its code. It
 * knows the queries its children render: on every way out of the screen
 * (Try again, a screen's action, `resetKeys`, a check, and its own unmount)
 * it resets exactly the ones that failed, so that the next mount fetches
 * instead of replaying a stale error; queries that did not fail and those of
 * other boundaries are never touched.
 *
 * @example
 * ```tsx
 * <LuxxonErrorBoundary resetKeys={[zone]}>
 *   <Suspense fallback={<Spinner />}>
 *     <LiveView zone={zone} />
 *   </Suspense>
 * </LuxxonErrorBoundary>
 * ```
 */
export function LuxxonErrorBoundary({ children, resetKeys, onRetry, name, ...props }: LuxxonErrorBoundaryProps) {
  const { report, checked, lab } = useLuxxonContext();
  // The app's <QueryErrorResetBoundary> when it has one, React Query's default otherwise.
  const { reset: resetQueryErrors } = useQueryErrorResetBoundary();
  const appClient = useContext(QueryClientContext);
  const queries = useMemo(() => appClient && createBoundaryQueries(appClient, checked), [appClient, checked]);
  const boundary = useRef<ErrorBoundary>(null);
  const [shown, setShown] = useState<{ readonly error: unknown }>();
  const reset = useCallback(() => boundary.current?.resetErrorBoundary(), []);
  const id = useId();
  // The boundary's API, and its entry in the devtools' list of mounted boundaries.
  const api = useMemo<LuxxonLabBoundary>(
    () => ({ showBoundary: (error) => setShown({ error }), retry: reset, name: name ?? id, queries }),
    [reset, name, id, queries],
  );
  useEffect(() => {
    lab.boundaries.add(api);
    return () => void lab.boundaries.delete(api);
  }, [lab, api]);
  return (
    <LuxxonBoundaryContext.Provider value={api}>
      <ErrorBoundary
        ref={boundary}
        resetKeys={resetKeys}
        onReset={(details) => {
          queries?.clear();
          resetQueryErrors();
          setShown(undefined);
          // react-error-boundary's details of a keys reset are ours ({ reason, prev, next }); its imperative ones carry its args.
          onRetry?.(details.reason === 'keys' ? details : { reason: 'retry' });
        }}
        onError={report}
        fallbackRender={({ error }) => (
          <BoundaryFallback thrown={error} reset={reset} queries={queries} entry={api} {...props} />
        )}
      >
        {shown && <Thrower error={shown.error} />}
        {queries ? <QueryClientContext.Provider value={queries.client}>{children}</QueryClientContext.Provider> : children}
      </ErrorBoundary>
    </LuxxonBoundaryContext.Provider>
  );
}
