import type { LuxxonSettings } from './LuxxonContext';
import { useLuxxonContext } from './useLuxxonContext';

/**
 * The kit's settings (locale loaded, URLs, heading level). Throws when
 * called outside `<LuxxonProvider>`.
 *
 * @example const { topUpUrl } = useLuxxon();
 */
export function useLuxxon(): LuxxonSettings {
  return useLuxxonContext().settings;
}
