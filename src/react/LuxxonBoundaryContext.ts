import { createContext } from 'react';

/**
 * What `useLuxxonErrorBoundary` returns.
 *
 * @example
 * ```tsx
 * const { showBoundary, resetBoundary }: LuxxonErrorBoundaryApi = useLuxxonErrorBoundary();
 * ```
 */
export interface LuxxonErrorBoundaryApi {
  /** Shows the kit boundary's screen for anything thrown (an event handler's, a mutation's). */
  readonly showBoundary: (error: unknown) => void;
  /** Hides the screen: the failed queries are reset and the content renders again. */
  readonly resetBoundary: () => void;
}

/** The nearest `<LuxxonErrorBoundary>`, never one of the boundaries it renders inside itself. */
export const LuxxonBoundaryContext = createContext<LuxxonErrorBoundaryApi | null>(null);
