import { createInstance, type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from '../locales/en.json';
import es from '../locales/es.json';
import esLuxxon from '../locales/es/luxxon.json';
import enLuxxon from '../locales/en/luxxon.json';

/** The languages the demo's own strings come in; the kit follows whichever is chosen. */
export const DEMO_LANGUAGES = [
  { lng: 'en', name: 'English' },
  { lng: 'es', name: 'Español' },
] as const;

/**
 * The app's i18next instance with the demo's strings (`demo` namespace). It
 * is handed to `<LuxxonProvider i18n>`: the kit adds its own namespace and
 * loads its Spanish chunk when the app switches to Spanish.
 */
export function createDemoI18n(lng: string): i18n {
  const instance = createInstance();
  void instance.use(initReactI18next).init({
    lng,
    fallbackLng: 'en',
    supportedLngs: DEMO_LANGUAGES.map((l) => l.lng),
    nonExplicitSupportedLngs: true,
    ns: ['demo'],
    defaultNS: 'demo',
    // The app's own texts for the kit (codes it maps itself, src/appCodes.ts): the kit adds its own under them.
    resources: { en: { demo: en, luxxon: enLuxxon }, es: { demo: es, luxxon: esLuxxon } },
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  return instance;
}
