import type { SourceText } from './SourceText';

/**
 * The English a translation is made from, as `npm run i18n:accept` records
 * it: every string by its key in the locale file, plural forms by their
 * suffixed keys (`waiting.countdown_one`), in English's order.
 *
 * @example recordSource(source)['action.retry'] // 'Try again'
 */
export function recordSource(source: SourceText): Record<string, string> {
  const record: Record<string, string> = {};
  for (const { key, forms, plural } of source.entries.values()) {
    for (const [category, text] of forms) record[plural ? `${key}_${category}` : key] = text;
  }
  return record;
}
