/**
 * Locales every story is tested in besides English (the default): Spanish
 * and Arabic, the right-to-left locale. Each must be in SUPPORTED_LOCALES:
 * the story loader fails a story whose locale is not shipped.
 */
export const TEST_LOCALES = ['es', 'ar'] as const;

/** The designer story files (in stories/) whose stories are tested in every TEST_LOCALES. */
export const LOCALE_TEST_SOURCES = ['ErrorPage', 'AllStates', 'States', 'Flows'] as const;
