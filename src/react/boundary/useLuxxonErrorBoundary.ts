import { useContext } from 'react';
import { LuxxonBoundaryContext, type LuxxonErrorBoundaryApi } from './LuxxonBoundaryContext';

/** Bundlers replace this: development builds get the long messages, production builds drop them. */
declare const process: { readonly env: { readonly NODE_ENV?: string } };

export type { LuxxonErrorBoundaryApi } from './LuxxonBoundaryContext';

/**
 * Shows the nearest `<LuxxonErrorBoundary>` from places React does not catch
 * (event handlers, effects, mutations), and resets it from a custom screen.
 * Always the kit's boundary, also inside a custom screen (which the kit
 * guards with boundaries of its own). Throws outside a boundary.
 *
 * @example
 * ```tsx
 * const { showBoundary } = useLuxxonErrorBoundary();
 * const mutation = useMutation({ mutationFn: requestLiveView, onError: showBoundary });
 * ```
 */
export function useLuxxonErrorBoundary(): LuxxonErrorBoundaryApi {
  const api = useContext(LuxxonBoundaryContext);
  if (api === null) throw new Error(`useLuxxonErrorBoundary${process.env.NODE_ENV === 'production' ? ': no' : ' must be used inside'} <LuxxonErrorBoundary>`);
  return api;
}
