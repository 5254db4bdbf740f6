import ar from '../../locales/ar/luxxon.json';
import de from '../../locales/de/luxxon.json';
import en from '../../locales/en/luxxon.json';
import es from '../../locales/es/luxxon.json';
import fr from '../../locales/fr/luxxon.json';
import ja from '../../locales/ja/luxxon.json';
import ptBR from '../../locales/pt-BR/luxxon.json';

type Json = { readonly [key: string]: string | Json };

/** The shipped translations tests may read (the pseudo-locale is generated, so left out). */
const RESOURCES: Readonly<Record<string, Json>> = { en, es, 'pt-BR': ptBR, fr, de, ja, ar };

/** The locales {@link localeText} reads. */
export type TextLocale = 'en' | 'es' | 'pt-BR' | 'fr' | 'de' | 'ja' | 'ar';

/** Values for a string's `{{placeholders}}`; `count` also picks the plural form, as i18next does. */
export type TextOptions = { readonly count?: number } & { readonly [name: string]: string | number | undefined };

function find(resource: Json, key: string): string | undefined {
  const value = key.split('.').reduce<string | Json | undefined>((node, part) => (typeof node === 'object' ? node[part] : undefined), resource);
  return typeof value === 'string' ? value : undefined;
}

/**
 * The string at `key` in a shipped locale file, so that tests, stories and
 * end-to-end flows assert the real strings, never a copy of them. With
 * `count`, the plural form `Intl.PluralRules(lng)` picks (`waiting.countdown`
 * → `waiting.countdown_one`); placeholders are filled in from `options`.
 *
 * @example localeText('es', 'code.NO_CREDIT.title')
 * @example localeText('ar', 'waiting.countdown', { count: 2 })
 */
export function localeText(lng: TextLocale, key: string, options: TextOptions = {}): string {
  const resource = RESOURCES[lng];
  if (resource === undefined) throw new Error(`No locale file for ${lng}`);
  const { count } = options;
  const pluralKey = count === undefined ? undefined : `${key}_${new Intl.PluralRules(lng).select(count)}`;
  const text = (pluralKey === undefined ? undefined : find(resource, pluralKey)) ?? find(resource, key);
  if (text === undefined) throw new Error(`No string at ${pluralKey ?? key} in locales/${lng}/luxxon.json`);
  return text.replace(/\{\{\s*(\w+)\s*\}\}/g, (placeholder, name: string) => {
    const value = options[name];
    return value === undefined ? placeholder : String(value);
  });
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Matches the whole string at `key` whatever its placeholders hold (`{{count}}`
 * as digits), in any of its plural forms: for text whose numbers a test
 * cannot know, such as a countdown in a real browser.
 *
 * @example localePattern('en', 'waiting.countdown').test(enText('waiting.countdown', { count: 3 })) // true
 */
export function localePattern(lng: TextLocale, key: string): RegExp {
  const resource = RESOURCES[lng] ?? {};
  const categories = new Intl.PluralRules(lng).resolvedOptions().pluralCategories;
  const forms = [find(resource, key), ...categories.map((category) => find(resource, `${key}_${category}`))].filter((form) => form !== undefined);
  if (forms.length === 0) throw new Error(`No string at ${key} in locales/${lng}/luxxon.json`);
  const pattern = (form: string) =>
    form
      .split(/(\{\{\s*\w+\s*\}\})/)
      .map((part, i) => (i % 2 === 0 ? escapeRegExp(part) : /count/.test(part) ? '\\d+' : '.+?'))
      .join('');
  return new RegExp(`^(?:${forms.map(pattern).join('|')})$`, 'u');
}

/** The English string at `key` (e.g. `code.NO_CREDIT.title`); see {@link localeText}. */
export const enText = (key: string, options?: TextOptions) => localeText('en', key, options);
/** The Spanish string at `key`; see {@link localeText}. */
export const esText = (key: string, options?: TextOptions) => localeText('es', key, options);
/** {@link localePattern} for English. */
export const enPattern = (key: string) => localePattern('en', key);
