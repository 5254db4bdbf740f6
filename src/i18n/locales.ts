/** Every locale the kit ships, English first (it is bundled; the rest load on demand). */
export const SUPPORTED_LOCALES = ['en', 'es'] as const;

/** One of {@link SUPPORTED_LOCALES}. */
export type SupportedLocale = (typeof SUPPORTED_LOCALES)[number];

/** A locale's strings, as in `locales/<lng>/luxxon.json`. */
export type LocaleResource = Record<string, unknown>;

/** Loaders for every locale but English: each is its own chunk. */
export const LOCALE_LOADERS: Record<Exclude<SupportedLocale, 'en'>, () => Promise<LocaleResource>> = {
  es: () => import('../../locales/es/luxxon.json').then((m) => m.default),
};

/**
 * The shipped locale that serves `lng`: the exact tag, else its language
 * (`es-CO` → `es`), else one of the same language (`pt` → `pt-BR`), else English.
 *
 * @example matchLocale('es-CO') // 'es'
 */
export function matchLocale(lng: string | undefined): SupportedLocale {
  if (!lng) return 'en';
  const wanted = lng.toLowerCase();
  const language = wanted.split('-')[0];
  const locales: readonly string[] = SUPPORTED_LOCALES;
  const found =
    locales.find((l) => l.toLowerCase() === wanted) ??
    locales.find((l) => l.toLowerCase() === language) ??
    locales.find((l) => l.toLowerCase().split('-')[0] === language);
  return (found as SupportedLocale | undefined) ?? 'en';
}
