import { createInstance, type i18n } from 'i18next';
import en from '../../locales/en/luxxon.json';
import { LUXXON_NAMESPACE } from '../core/messageKeys';
import { LOCALE_LOADERS, matchLocale, type SupportedLocale } from './locales';

/**
 * Adds the kit's English strings to an i18next instance under the `luxxon`
 * namespace, leaving every other resource (and any override the app already
 * put under `luxxon`) alone.
 */
export function addLuxxonResources(instance: i18n): void {
  instance.addResourceBundle('en', LUXXON_NAMESPACE, en, true, false);
}

/**
 * An i18next instance of the kit's own, for apps that have none. English is
 * ready synchronously; call {@link loadLuxxonLocale} for the others.
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
    returnNull: false,
  });
  return instance;
}

function loaderFor(locale: SupportedLocale) {
  return locale === 'en' ? undefined : LOCALE_LOADERS[locale];
}

/**
 * Loads the kit's strings for `lng` (its best shipped match) into `instance`,
 * once. Resolves to the locale that was loaded. A locale that fails to load
 * leaves English in place and resolves to `'en'`: never raw keys.
 */
export async function loadLuxxonLocale(instance: i18n, lng: string | undefined): Promise<SupportedLocale> {
  const locale = matchLocale(lng);
  const load = loaderFor(locale);
  if (load === undefined || instance.hasResourceBundle(locale, LUXXON_NAMESPACE)) return locale;
  try {
    const resource = await load();
    instance.addResourceBundle(locale, LUXXON_NAMESPACE, resource, true, false);
    // `pt` asks for `pt` then English; serve it the `pt-BR` strings too.
    const language = lng?.split('-')[0];
    if (language && language !== locale && !instance.hasResourceBundle(language, LUXXON_NAMESPACE)) {
      instance.addResourceBundle(language, LUXXON_NAMESPACE, resource, true, false);
    }
    return locale;
  } catch {
    return 'en';
  }
}
