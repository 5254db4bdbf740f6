import { createContext } from 'react';

/**
 * What `useLuxxonErrorBoundary` returns.
 *
 * @example
 * ```tsx
 * const { showBoundary, retry }: LuxxonErrorBoundaryApi = useLuxxonErrorBoundary();
 * ```
 */
export interface LuxxonErrorBoundaryApi {
  /** Shows the kit boundary's screen for anything thrown (an event handler's, a mutation's). */
  readonly showBoundary: (error: unknown) => void;
  /** Retries: the screen goes, the failed queries are reset and the content renders again. */
  readonly retry: () => void;
}

/** The nearest `<LuxxonErrorBoundary>`, never one of the boundaries it renders inside itself. */
export const LuxxonBoundaryContext = createContext<LuxxonErrorBoundaryApi | null>(null);
