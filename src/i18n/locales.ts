/**
 * Every locale the kit ships, English first: English is bundled, every other
 * one is its own chunk, loaded on demand. `ar` is right-to-left. `en-XA` is
 * the pseudo-locale (English with accents and ~35% longer, generated from
 * English by `npm run i18n:pseudo`): it ships like the others so that
 * designers can load it in Storybook or in an app to catch clipped or
 * hard-coded text, and it costs nothing unless it is asked for by its exact tag.
 *
 * @example <select>{SUPPORTED_LOCALES.map((lng) => <option key={lng}>{lng}</option>)}</select>
 */
export const SUPPORTED_LOCALES = ['en', 'es', 'pt-BR', 'fr', 'de', 'ja', 'ar', 'en-XA'] as const;

/**
 * One of {@link SUPPORTED_LOCALES}.
 *
 * @example const lng: SupportedLocale = matchLocale(navigator.language); // 'pt-BR' for 'pt-PT'
 */
export type SupportedLocale = (typeof SUPPORTED_LOCALES)[number];

/** The pseudo-locale's tag: only ever chosen when asked for exactly. */
export const PSEUDO_LOCALE = 'en-XA' satisfies SupportedLocale;

/**
 * A locale's strings, as in `locales/<lng>/luxxon.json`.
 *
 * @example const ja: LocaleResource = (await import('./my-overrides/ja.json')).default;
 */
export type LocaleResource = Record<string, unknown>;

/**
 * Loaders for every locale but English. Each `import()` is its own chunk in
 * the build, so an app downloads only the languages its users ask for.
 */
export const LOCALE_LOADERS: Readonly<Record<Exclude<SupportedLocale, 'en'>, () => Promise<LocaleResource>>> = {
  es: () => import('../../locales/es/luxxon.json').then((m) => m.default),
  'pt-BR': () => import('../../locales/pt-BR/luxxon.json').then((m) => m.default),
  fr: () => import('../../locales/fr/luxxon.json').then((m) => m.default),
  de: () => import('../../locales/de/luxxon.json').then((m) => m.default),
  ja: () => import('../../locales/ja/luxxon.json').then((m) => m.default),
  ar: () => import('../../locales/ar/luxxon.json').then((m) => m.default),
  'en-XA': () => import('../../locales/en-XA/luxxon.json').then((m) => m.default),
};

/**
 * The shipped locale that serves `lng`: the exact tag, else its language
 * (`es-CO` → `es`), else one of the same language (`pt` → `pt-BR`), else
 * English. The pseudo-locale only answers to its own tag. Case and `_`
 * separators are forgiven (`pt_br` → `pt-BR`).
 *
 * @example matchLocale('es-CO') // 'es'
 * @example matchLocale('zh-Hans') // 'en'
 */
export function matchLocale(lng: string | undefined): SupportedLocale {
  if (!lng) return 'en';
  const wanted = lng.replaceAll('_', '-').toLowerCase();
  const language = wanted.split('-')[0];
  const candidates = SUPPORTED_LOCALES.filter((l) => l !== PSEUDO_LOCALE);
  return (
    SUPPORTED_LOCALES.find((l) => l.toLowerCase() === wanted) ??
    candidates.find((l) => l.toLowerCase() === language) ??
    candidates.find((l) => l.toLowerCase().split('-')[0] === language) ??
    'en'
  );
}
