import { QueryClient } from '@tanstack/react-query';
import type { i18n as I18n } from 'i18next';
import { SUPPORTED_LOCALES, type SupportedLocale, createLuxxonI18n, loadLuxxonLocale } from '@luxxon/react-errors';
import { luxxonRetry, luxxonRetryDelay } from '@luxxon/react-errors/core';
import { isStoryTheme, type StoryTheme } from './storyThemes';

/** What {@link luxxonLoader} gives every story, under `loaded.luxxon`. */
export interface LuxxonStoryKit {
  /** An i18next instance already in `locale`: stories render translated from the first paint. */
  readonly i18n: I18n;
  /** The shipped locale the story renders in. */
  readonly locale: SupportedLocale;
  readonly dir: 'ltr' | 'rtl';
  /** The toolbar's theme, set as `data-lx-theme` on `<html>`. */
  readonly theme: StoryTheme;
  /** A fresh client per render, configured as an app would (the kit's retry policy). */
  readonly queryClient: QueryClient;
}

function isSupportedLocale(value: unknown): value is SupportedLocale {
  return typeof value === 'string' && (SUPPORTED_LOCALES as readonly string[]).includes(value);
}

/**
 * Storybook loader: loads the toolbar's locale before the story renders (so
 * that no story, test or screenshot ever catches the English flash of a lazy
 * locale), sets `lang` and `dir` on the document, and makes a fresh
 * QueryClient; sets the toolbar's theme as `data-lx-theme` on `<html>`. A
 * locale or theme that is not shipped fails the story loudly: a test asked to
 * run in Arabic or dark must never pass in English or light.
 */
export async function luxxonLoader({ globals }: { globals: Record<string, unknown> }): Promise<{ luxxon: LuxxonStoryKit }> {
  const theme = globals['theme'] ?? 'light';
  if (!isStoryTheme(theme)) throw new Error(`Storybook theme "${String(theme)}" is not one of the kit's themes.`);
  const wanted = globals['locale'] ?? 'en';
  if (!isSupportedLocale(wanted)) {
    throw new Error(`Storybook locale "${String(wanted)}" is not in SUPPORTED_LOCALES (${SUPPORTED_LOCALES.join(', ')}).`);
  }
  const i18n = createLuxxonI18n(wanted);
  const locale = await loadLuxxonLocale(i18n, wanted);
  if (locale !== wanted) throw new Error(`The strings of locale "${wanted}" failed to load.`);
  await i18n.changeLanguage(locale);
  const dir = i18n.dir(locale);
  document.documentElement.lang = locale;
  document.documentElement.dir = dir;
  document.documentElement.setAttribute('data-lx-theme', theme);
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: luxxonRetry, retryDelay: luxxonRetryDelay }, mutations: { retry: false } },
  });
  return { luxxon: { i18n, locale, dir, theme, queryClient } };
}

/** The kit {@link luxxonLoader} loaded for this story; throws when the loader did not run. */
export function storyKit(context: { loaded: Record<string, unknown> }): LuxxonStoryKit {
  const kit = context.loaded['luxxon'] as LuxxonStoryKit | undefined;
  if (kit === undefined) throw new Error('storyKit: luxxonLoader did not run; it is a project loader in .storybook/preview.tsx.');
  return kit;
}
