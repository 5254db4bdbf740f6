import { createInstance } from 'i18next';
import { SUPPORTED_LOCALES } from '@luxxon/react-errors';

/** One entry of the locale toolbar. */
export interface LocaleToolbarItem {
  readonly value: string;
  readonly title: string;
  readonly right: string;
}

function ownName(tag: string): string {
  try {
    return new Intl.DisplayNames([tag], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/**
 * The locale toolbar: every locale in SUPPORTED_LOCALES, in its own language,
 * with its tag and, for right-to-left locales, "RTL". A locale added to the
 * kit shows up here with no change to Storybook.
 */
export function localeToolbarItems(locales: readonly string[] = SUPPORTED_LOCALES): LocaleToolbarItem[] {
  const i18n = createInstance();
  return locales.map((tag) => ({
    value: tag,
    title: ownName(tag),
    right: i18n.dir(tag) === 'rtl' ? `${tag} · RTL` : tag,
  }));
}
