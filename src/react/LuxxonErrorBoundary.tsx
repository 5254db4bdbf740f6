import { useCallback, useState, type ReactNode } from 'react';
import { useQueryErrorResetBoundary } from '@tanstack/react-query';
import { ErrorBoundary } from 'react-error-boundary';
import type { LuxxonError } from '../core/LuxxonError';
import { LastResortView } from './LastResortView';
import type { LuxxonFallbacks } from './LuxxonFallbackProps';
import { LuxxonErrorView } from './LuxxonErrorView';
import { useCheckAgain } from './useCheckAgain';
import { useLuxxon } from './useLuxxon';

/** Why a boundary reset: a screen's action ("imperative-api") or changed `resetKeys`. */
export type LuxxonResetDetails =
  | { reason: 'imperative-api'; args: unknown[] }
  | { reason: 'keys'; prev: unknown[] | undefined; next: unknown[] | undefined };

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
   * Called when the boundary resets, after the failed queries were reset.
   * @example
   * ```tsx
   * <LuxxonErrorBoundary onReset={() => form.reset()}>…</LuxxonErrorBoundary>
   * ```
   */
  onReset?: (details: LuxxonResetDetails) => void;
  /**
   * Your own screen for some experience kinds; the rest stay built-in.
   * @example
   * ```tsx
   * <LuxxonErrorBoundary fallbacks={{ 'top-up': ({ retry }) => <MyTopUp onDone={retry} /> }}>…</LuxxonErrorBoundary>
   * ```
   */
  fallbacks?: LuxxonFallbacks;
  /**
   * INSUFFICIENT_CREDIT: offer "Request a shorter view". Update your request
   * here; the boundary then resets and refetches.
   * @example
   * ```tsx
   * <LuxxonErrorBoundary onShortenDuration={() => setMaxSeconds((s) => Math.floor(s / 2))}>…</LuxxonErrorBoundary>
   * ```
   */
  onShortenDuration?: (error: LuxxonError) => void;
}

interface BoundaryFallbackProps extends Pick<LuxxonErrorBoundaryProps, 'fallbacks' | 'onShortenDuration'> {
  readonly thrown: unknown;
  readonly reset: () => void;
}

function BoundaryFallback({ thrown, reset, fallbacks, onShortenDuration }: BoundaryFallbackProps) {
  const { report } = useLuxxon();
  // In-place checks (waiting screens) may fail with a newer error: show that one,
  // until the boundary itself catches another.
  const [state, setState] = useState({ thrown, current: thrown });
  if (state.thrown !== thrown) setState({ thrown, current: thrown });
  const current = state.thrown === thrown ? state.current : thrown;
  const onNewError = useCallback(
    (error: unknown) => {
      report(error);
      setState((s) => ({ ...s, current: error }));
    },
    [report],
  );
  const checkAgain = useCheckAgain(current, reset, onNewError);
  const view = (custom: LuxxonFallbacks | undefined) => (
    <LuxxonErrorView
      error={current}
      onRetry={reset}
      onCheckAgain={checkAgain}
      onShortenDuration={onShortenDuration}
      fallbacks={custom}
    />
  );
  // A custom screen that throws falls back to the built-in one, and that to a static view.
  return (
    <ErrorBoundary fallback={<LastResortView onRetry={reset} />}>
      {fallbacks ? <ErrorBoundary fallbackRender={() => view(undefined)}>{view(fallbacks)}</ErrorBoundary> : view(undefined)}
    </ErrorBoundary>
  );
}

/**
 * Catches what its children throw (React Query errors included), normalizes
 * it to a `LuxxonError` and shows the localized screen for its code. "Try
 * again" resets the failed queries so that they really refetch.
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
export function LuxxonErrorBoundary({ children, resetKeys, onReset, fallbacks, onShortenDuration }: LuxxonErrorBoundaryProps) {
  const { report } = useLuxxon();
  // The app's <QueryErrorResetBoundary> when it has one, React Query's default otherwise
  // (React Query's documented hook pattern: no extra component or provider per boundary).
  const { reset: resetQueries } = useQueryErrorResetBoundary();
  return (
    <ErrorBoundary
      resetKeys={resetKeys}
      onReset={(details) => {
        resetQueries();
        onReset?.(details);
      }}
      onError={report}
      fallbackRender={({ error, resetErrorBoundary }) => (
        <BoundaryFallback thrown={error} reset={resetErrorBoundary} fallbacks={fallbacks} onShortenDuration={onShortenDuration} />
      )}
    >
      {children}
    </ErrorBoundary>
  );
}
