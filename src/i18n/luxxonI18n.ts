import { createInstance, type i18n } from 'i18next';
import en from '../../locales/en/luxxon.json';
import { LUXXON_NAMESPACE } from '../core/experience/messageKeys';
import { LOCALE_LOADERS, matchLocale, type LocaleResource, type SupportedLocale } from './locales';

/** Bundlers replace this: development builds get the long messages, production builds drop them. */
declare const process: { readonly env: { readonly NODE_ENV?: string } };

/**
 * Loaders by locale, as in {@link LOCALE_LOADERS} (tests pass failing ones).
 *
 * @example await loadLuxxonLocale(i18n, 'ja', { ja: () => import('./locales/ja/luxxon.json').then((m) => m.default) } satisfies LocaleLoaders);
 */
export type LocaleLoaders = Readonly<Partial<Record<SupportedLocale, () => Promise<LocaleResource>>>>;

/**
 * Adds the kit's English strings to an i18next instance under the `luxxon`
 * namespace, leaving every other resource (and any override the app already
 * put under `luxxon`) alone. Idempotent: a deep merge that never overwrites.
 *
 * @example addLuxxonResources(i18next);
 */
export function addLuxxonResources(instance: i18n): void {
  // Before init() an i18next instance has no resource store (nor these methods): say so, not "is not a function".
  if (typeof instance.addResourceBundle !== 'function') {
    throw new Error(
      process.env.NODE_ENV === 'production'
        ? 'LuxxonProvider: i18n not initialized'
        : '@luxxon/react-errors: the i18n instance given to <LuxxonProvider> is not initialized; call its init() before rendering.',
    );
  }
  instance.addResourceBundle('en', LUXXON_NAMESPACE, en, true, false);
}

/**
 * An i18next instance of the kit's own, for apps that have none. English is
 * ready synchronously; call {@link loadLuxxonLocale} for the others.
 *
 * @example const i18n = createLuxxonI18n('es-CO'); await loadLuxxonLocale(i18n, 'es-CO');
 */
export function createLuxxonI18n(lng: string = 'en'): i18n {
  const instance = createInstance();
  void instance.init({
    lng,
    fallbackLng: 'en',
    ns: [LUXXON_NAMESPACE],
    defaultNS: LUXXON_NAMESPACE,
    resources: { en: { [LUXXON_NAMESPACE]: en } },
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  return instance;
}

/**
 * Loads the kit's strings for `lng` (its best shipped match, see
 * `matchLocale`) into `instance` and resolves to that locale. Only the
 * `luxxon` namespace of that one locale is added, merged under what the app
 * put there (the app's overrides win, the kit fills the rest), so calling it
 * again is harmless: the chunk is fetched once by the module loader. A locale
 * that fails to load adds nothing and resolves to `'en'`: English shows,
 * never raw keys.
 *
 * @example const locale = await loadLuxxonLocale(i18next, 'es-CO'); // 'es'
 */
export async function loadLuxxonLocale(
  instance: i18n,
  lng: string | undefined,
  loaders: LocaleLoaders = LOCALE_LOADERS,
): Promise<SupportedLocale> {
  const locale = matchLocale(lng);
  if (locale === 'en') return locale;
  const load = loaders[locale];
  if (load === undefined) return 'en';
  try {
    const resource = await load();
    instance.addResourceBundle(locale, LUXXON_NAMESPACE, resource, true, false);
    return locale;
  } catch {
    return 'en';
  }
}
