import { useContext } from 'react';
import { LuxxonContext, type LuxxonContextValue } from './LuxxonContext';

/** Bundlers replace this: development builds get the long messages, production builds drop them. */
declare const process: { readonly env: { readonly NODE_ENV?: string } };

/**
 * The provider's whole context, for the kit's own hooks and components
 * (apps use `useLuxxon()`). Throws, naming the caller and the provider it
 * needs, when called outside `<LuxxonProvider>`.
 */
export function useLuxxonContext(caller = 'useLuxxon'): LuxxonContextValue {
  const value = useContext(LuxxonContext);
  if (value === null) {
    throw new Error(
      process.env.NODE_ENV === 'production'
        ? `${caller}: no <LuxxonProvider>`
        : `${caller} must be used inside <LuxxonProvider>. Wrap your app (or the story) in <LuxxonProvider>.`,
    );
  }
  return value;
}
