import type { i18n } from 'i18next';
import { LUXXON_NAMESPACE } from '../core/experience/messageKeys';
import { matchLocale } from './locales';

/**
 * The language the kit's strings show in on `instance`: the instance's
 * language, or its base language, when the instance holds kit strings for it
 * (a shipped locale already loaded, or the app's own translation); else
 * `loaded`, the shipped locale loaded for it (`pt` → `pt-BR`); else English.
 * A locale still loading, or that failed to load, shows English: never raw
 * keys, never another language's leftovers.
 *
 * @example luxxonTextLanguage(i18next, 'es') // 'es' when i18next.language is 'es-CO'
 */
export function luxxonTextLanguage(instance: i18n, loaded: string): string {
  const has = (lng: string | undefined): boolean => !!lng && instance.hasResourceBundle(lng, LUXXON_NAMESPACE);
  const requested: string | undefined = instance.language;
  if (requested && has(requested)) return requested;
  const base = requested?.split('-')[0];
  if (base && has(base)) return base;
  if (matchLocale(requested) === loaded && has(loaded)) return loaded;
  return 'en';
}
