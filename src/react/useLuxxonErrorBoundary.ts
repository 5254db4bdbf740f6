import { useContext } from 'react';
import { ErrorBoundaryContext, useErrorBoundary } from 'react-error-boundary';

/** What {@link useLuxxonErrorBoundary} returns. */
export interface LuxxonErrorBoundaryApi {
  /** Shows the nearest boundary's screen for anything thrown (an event handler's, a mutation's). */
  readonly showBoundary: (error: unknown) => void;
  /** Hides the screen and renders the content again. */
  readonly resetBoundary: () => void;
}

/**
 * Shows the nearest `<LuxxonErrorBoundary>` from places React does not catch:
 * event handlers, effects, mutations. Throws outside a boundary.
 *
 * @example
 * ```tsx
 * const { showBoundary } = useLuxxonErrorBoundary();
 * const mutation = useMutation({ mutationFn: requestLiveView, onError: showBoundary });
 * ```
 */
export function useLuxxonErrorBoundary(): LuxxonErrorBoundaryApi {
  if (useContext(ErrorBoundaryContext) === null) {
    throw new Error('useLuxxonErrorBoundary must be used inside <LuxxonErrorBoundary>.');
  }
  const { showBoundary, resetBoundary } = useErrorBoundary();
  return { showBoundary, resetBoundary };
}
