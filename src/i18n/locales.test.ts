import { createInstance } from 'i18next';
import { describe, expect, it } from 'vitest';
import en from '../../locales/en/luxxon.json';
import { LOCALE_LOADERS, PSEUDO_LOCALE, SUPPORTED_LOCALES, matchLocale } from './locales';

describe('matchLocale', () => {
  it.each([
    ['es-CO', 'es'],
    ['es-419', 'es'],
    ['pt', 'pt-BR'],
    ['pt-PT', 'pt-BR'],
    ['pt_br', 'pt-BR'],
    ['PT-br', 'pt-BR'],
    ['fr-CA', 'fr'],
    ['de-CH', 'de'],
    ['ja-JP', 'ja'],
    ['ar-EG', 'ar'],
    ['en-US', 'en'],
    ['en-XA', 'en-XA'],
    ['en-xa', 'en-XA'],
    ['zh-Hans', 'en'],
    ['', 'en'],
    [undefined, 'en'],
  ])('%s → %s', (lng, locale) => {
    expect(matchLocale(lng)).toBe(locale);
  });
});

describe('SUPPORTED_LOCALES', () => {
  it('starts with English and lists the pseudo-locale', () => {
    expect(SUPPORTED_LOCALES[0]).toBe('en');
    expect(SUPPORTED_LOCALES).toContain(PSEUDO_LOCALE);
    expect(new Set(SUPPORTED_LOCALES).size).toBe(SUPPORTED_LOCALES.length);
  });

  it('has a loader for every locale but English, each loading its own translated strings', async () => {
    expect(Object.keys(LOCALE_LOADERS).sort()).toEqual(SUPPORTED_LOCALES.filter((l) => l !== 'en').sort());
    const titles = new Set([en.generic.title]);
    for (const load of Object.values(LOCALE_LOADERS)) {
      const resource = (await load()) as typeof en;
      expect(Object.keys(resource)).toEqual(Object.keys(en));
      titles.add(resource.generic.title);
    }
    // Every locale, English included, reads differently: no loader serves another's file.
    expect(titles.size).toBe(SUPPORTED_LOCALES.length);
  });

  it('has Arabic as the one right-to-left locale', () => {
    const i18n = createInstance();
    expect(SUPPORTED_LOCALES.filter((l) => i18n.dir(l) === 'rtl')).toEqual(['ar']);
  });
});
