import { readFileSync } from 'node:fs';
import { createInstance } from 'i18next';
import { describe, expect, it } from 'vitest';
import { LUXXON_NAMESPACE, MESSAGE_KEYS } from '../../src/core/experience/messageKeys';
import { kitKeys } from '../../scripts/i18n/kitKeys';
import { localePattern, localeText, type TextLocale } from './locale';

const LOCALES: readonly TextLocale[] = ['en', 'es', 'pt-BR', 'fr', 'de', 'ja', 'ar'];
const COUNTS = [0, 1, 2, 3, 5, 11, 100, 101, 1_000_000];

describe('localeText (the tests\' and stories\' reading of the locale files)', () => {
  it.each(LOCALES)('%s: gives what i18next renders, for every key and, for plurals, every count', async (lng) => {
    const resource = JSON.parse(readFileSync(`locales/${lng}/luxxon.json`, 'utf8')) as Record<string, unknown>;
    const i18n = createInstance();
    await i18n.init({ lng, resources: { [lng]: { [LUXXON_NAMESPACE]: resource } }, ns: [LUXXON_NAMESPACE], defaultNS: LUXXON_NAMESPACE, interpolation: { escapeValue: false } });
    for (const key of kitKeys()) {
      if (key === MESSAGE_KEYS.waiting.countdown) {
        for (const count of COUNTS) expect(localeText(lng, key, { count }), `${key} ${count}`).toBe(i18n.t(key, { count }));
      } else {
        expect(localeText(lng, key), key).toBe(i18n.t(key));
      }
    }
  });

  it.each(LOCALES)('%s: localePattern matches the countdown at every count, and nothing else', (lng) => {
    const pattern = localePattern(lng, MESSAGE_KEYS.waiting.countdown);
    for (const count of COUNTS) expect(localeText(lng, MESSAGE_KEYS.waiting.countdown, { count })).toMatch(pattern);
    expect(localeText(lng, MESSAGE_KEYS.waiting.checking)).not.toMatch(pattern);
    expect(`${localeText(lng, MESSAGE_KEYS.waiting.countdown, { count: 3 })}.`).not.toMatch(pattern);
    expect(localePattern(lng, MESSAGE_KEYS.waiting.checking).test(localeText(lng, MESSAGE_KEYS.waiting.checking))).toBe(true);
  });

  it('names the key it cannot find', () => {
    expect(() => localeText('fr', 'code.NOPE.title')).toThrow('No string at code.NOPE.title in locales/fr/luxxon.json');
  });
});
