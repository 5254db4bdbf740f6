import { createInstance, type i18n as I18n } from 'i18next';
import { describe, expect, it } from 'vitest';
import ar from '../../locales/ar/luxxon.json';
import en from '../../locales/en/luxxon.json';
import es from '../../locales/es/luxxon.json';
import fr from '../../locales/fr/luxxon.json';
import ja from '../../locales/ja/luxxon.json';
import { addLuxxonResources, createLuxxonI18n, loadLuxxonLocale } from './luxxonI18n';
import { luxxonTextLanguage } from './luxxonTextLanguage';

async function appI18n(lng: string, options: Parameters<I18n['init']>[0] = {}): Promise<I18n> {
  const instance = createInstance();
  await instance.init({ lng, resources: { en: { translation: { hello: 'Hello' } } }, ...options });
  return instance;
}

describe('loadLuxxonLocale', () => {
  it('loads the best shipped match, and only the luxxon namespace of it', async () => {
    const i18n = await appI18n('es-CO');
    const loaders = { es: async () => es };
    expect(await loadLuxxonLocale(i18n, 'es-CO', loaders)).toBe('es');
    expect(await loadLuxxonLocale(i18n, 'es', loaders)).toBe('es');
    expect(i18n.getResourceBundle('es', 'luxxon')).toEqual(es);
    expect(i18n.hasResourceBundle('es-CO', 'luxxon')).toBe(false);
    expect(Object.keys(i18n.store.data).sort()).toEqual(['en', 'es']);
  });

  it('resolves to English, adding nothing, when the loader fails', async () => {
    const i18n = createLuxxonI18n('fr');
    expect(await loadLuxxonLocale(i18n, 'fr', { fr: () => Promise.reject(new Error('chunk failed')) })).toBe('en');
    expect(i18n.hasResourceBundle('fr', 'luxxon')).toBe(false);
    expect(await loadLuxxonLocale(i18n, 'zh-TW')).toBe('en');
  });

  it('never overwrites what the app put under luxxon', async () => {
    const i18n = await appI18n('es', { resources: { es: { luxxon: { action: { retry: 'Reintentar' } } } } });
    await loadLuxxonLocale(i18n, 'es', { es: async () => es });
    expect(i18n.getFixedT('es', 'luxxon')('action.retry')).toBe('Reintentar');
    expect(i18n.getFixedT('es', 'luxxon')('action.refresh')).toBe(es.action.refresh);
  });
});

describe('addLuxxonResources', () => {
  it('adds the English strings under luxxon, keeping the app\'s overrides and other namespaces', async () => {
    const i18n = await appI18n('en', { resources: { en: { translation: { hello: 'Hello' }, luxxon: { action: { topUp: 'Buy credits' } } } } });
    addLuxxonResources(i18n);
    addLuxxonResources(i18n);
    const t = i18n.getFixedT('en', 'luxxon');
    expect(t('action.topUp')).toBe('Buy credits');
    expect(t('action.retry')).toBe(en.action.retry);
    expect(i18n.getResourceBundle('en', 'translation')).toEqual({ hello: 'Hello' });
  });
});

describe('addLuxxonResources before init', () => {
  it('says the instance is not initialized instead of failing on a missing method', () => {
    expect(() => addLuxxonResources(createInstance())).toThrow('is not initialized; call its init() before rendering');
  });
});

describe('luxxonTextLanguage', () => {
  it('is the app\'s language or its base language once the kit has strings for it, else English', async () => {
    const i18n = await appI18n('es-CO');
    addLuxxonResources(i18n);
    expect(luxxonTextLanguage(i18n, 'en')).toBe('en');
    await loadLuxxonLocale(i18n, 'es-CO', { es: async () => es });
    expect(luxxonTextLanguage(i18n, 'es')).toBe('es');
    await i18n.changeLanguage('pt');
    expect(luxxonTextLanguage(i18n, 'es')).toBe('en'); // Spanish leftovers never show for Portuguese
    await i18n.changeLanguage('zh');
    expect(luxxonTextLanguage(i18n, 'en')).toBe('en');
  });

  it('uses the shipped locale that serves a language, and an app\'s own translation of the kit', async () => {
    const i18n = await appI18n('pt');
    addLuxxonResources(i18n);
    i18n.addResourceBundle('pt-BR', 'luxxon', { generic: { title: 'Algo deu errado' } });
    expect(luxxonTextLanguage(i18n, 'pt-BR')).toBe('pt-BR');
    i18n.addResourceBundle('it', 'luxxon', { generic: { title: 'Qualcosa è andato storto' } });
    await i18n.changeLanguage('it-CH');
    expect(luxxonTextLanguage(i18n, 'en')).toBe('it');
  });
});

describe('plural forms at runtime', () => {
  const countdown = (resource: object, lng: string, count: number) => {
    const i18n = createLuxxonI18n(lng);
    i18n.addResourceBundle(lng, 'luxxon', resource);
    return i18n.getFixedT(lng, 'luxxon')('waiting.countdown', { count });
  };

  it('picks each Arabic form: zero, one, two, few, many, other', () => {
    const forms = [0, 1, 2, 3, 11, 100].map((n) => countdown(ar, 'ar', n));
    const w = ar.waiting;
    expect(forms).toEqual([
      w.countdown_zero.replace('{{count}}', '0'),
      w.countdown_one,
      w.countdown_two,
      w.countdown_few.replace('{{count}}', '3'),
      w.countdown_many.replace('{{count}}', '11'),
      w.countdown_other.replace('{{count}}', '100'),
    ]);
  });

  it('uses French "one" for 0 and 1, and Japanese "other" for every number', () => {
    expect(countdown(fr, 'fr', 0)).toBe(fr.waiting.countdown_one.replace('{{count}}', '0'));
    expect(countdown(fr, 'fr', 2)).toBe(fr.waiting.countdown_other.replace('{{count}}', '2'));
    expect(countdown(ja, 'ja', 1)).toBe(ja.waiting.countdown_other.replace('{{count}}', '1'));
  });
});
