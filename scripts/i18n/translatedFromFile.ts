import path from 'node:path';

/**
 * Where a translation records the English it was made from:
 * `<localesDir>/<lng>/<namespace>.translated-from.json`, a flat object of
 * English strings by key, written by `npm run i18n:accept -- <lng>`.
 *
 * @example translatedFromFile('locales', 'fr', 'luxxon') // 'locales/fr/luxxon.translated-from.json'
 */
export function translatedFromFile(localesDir: string, lng: string, namespace: string): string {
  return path.posix.join(localesDir, lng, `${namespace}.translated-from.json`);
}
