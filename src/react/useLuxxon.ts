import { useContext } from 'react';
import { LuxxonContext, type LuxxonContextValue } from './LuxxonContext';

/**
 * The kit's configuration. Throws when called outside `<LuxxonProvider>`.
 *
 * @example const { topUpUrl } = useLuxxon();
 */
export function useLuxxon(): LuxxonContextValue {
  const value = useContext(LuxxonContext);
  if (value === null) {
    throw new Error('useLuxxon must be used inside <LuxxonProvider>. Wrap your app (or the story) in <LuxxonProvider>.');
  }
  return value;
}
