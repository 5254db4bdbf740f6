import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { LUXXON_NAMESPACE } from '../../core/experience/messageKeys';
import { luxxonTextLanguage } from '../../i18n/luxxonTextLanguage';
import { useLuxxonContext } from './useLuxxonContext';

/** Options the kit's strings take: only plural keys (`waiting.countdown`) take `count`. */
export interface LuxxonTOptions {
  readonly count?: number;
}

/**
 * `t` for the kit's namespace on the kit's i18next instance (the app's, when
 * it passed one), plus the language and direction to render in. Never
 * suspends: until a locale loads, or when it fails to, English shows (the
 * kit's English is the fallback whatever the app's `fallbackLng`), and `lng`
 * is the language of the text actually shown. Always a string: a key whose
 * value is an object (an app's i18next with `returnObjects: true`, a broken
 * translation) is skipped for the next key of the chain.
 */
export function useLuxxonTranslation() {
  const { i18n, settings, language } = useLuxxonContext();
  const lng = language ?? luxxonTextLanguage(i18n, settings.locale);
  const { t: fixedT } = useTranslation(LUXXON_NAMESPACE, { i18n, lng, useSuspense: false });
  const t = useCallback(
    (key: string | readonly string[], options?: LuxxonTOptions): string => {
      const keys = typeof key === 'string' ? [key] : key;
      // The first key whose text is a string, in the language shown (English behind it), then in
      // English alone. An app's `returnObjects: true`, or a translation with an object where a string
      // belongs, must neither hand a screen an object nor i18next's "returned an object" sentence:
      // `exists` with `returnObjects: false` is false for an object, whatever the instance's options.
      for (const language of [lng, 'en']) {
        // A plural key's text sits under suffixed keys (`_one`, `_other`): `exists` resolves those.
        // Any other key must hold a string in that very language (i18next 25's `exists` also
        // answers true for an object whose English fallback is a string).
        const usable = (k: string) =>
          options?.count === undefined
            ? typeof i18n.getResource(language, LUXXON_NAMESPACE, k) === 'string'
            : i18n.exists(k, { ...options, ns: LUXXON_NAMESPACE, lng: language, fallbackLng: false, returnObjects: false });
        const found = keys.find(usable);
        const text: unknown = found === undefined ? undefined : fixedT(found, { ...options, lng: language, fallbackLng: 'en', returnObjects: false });
        if (typeof text === 'string') return text;
      }
      // Nothing usable anywhere: the key, as i18next shows a missing one.
      return keys.at(-1) ?? '';
    },
    [fixedT, i18n, lng],
  );
  return { t, lng, dir: i18n.dir(lng) };
}
