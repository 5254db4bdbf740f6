import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { LUXXON_NAMESPACE } from '../core/messageKeys';
import { luxxonTextLanguage } from '../i18n/luxxonTextLanguage';
import { useLuxxon } from './useLuxxon';

/** Options the kit's strings take: only plural keys (`waiting.countdown`) take `count`. */
export interface LuxxonTOptions {
  readonly count?: number;
}

/**
 * `t` for the kit's namespace on the kit's i18next instance (the app's, when
 * it passed one), plus the language and direction to render in. Never
 * suspends: until a locale loads, or when it fails to, English shows (the
 * kit's English is the fallback whatever the app's `fallbackLng`), and `lng`
 * is the language of the text actually shown.
 */
export function useLuxxonTranslation() {
  const { i18n, locale } = useLuxxon();
  const lng = luxxonTextLanguage(i18n, locale);
  const { t: fixedT } = useTranslation(LUXXON_NAMESPACE, { i18n, lng, useSuspense: false });
  const t = useCallback(
    (key: string | readonly string[], options?: LuxxonTOptions): string =>
      fixedT(key as string | string[], { ...options, fallbackLng: 'en' }),
    [fixedT],
  );
  return { t, lng, dir: i18n.dir(lng) };
}
