import { act, render, screen, waitFor } from '@testing-library/react';
import { createInstance, type i18n as I18n, type InitOptions } from 'i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import ar from '../../../locales/ar/luxxon.json';
import en from '../../../locales/en/luxxon.json';
import es from '../../../locales/es/luxxon.json';
import { createLuxxonError } from '../../testing/createLuxxonError';
import { LuxxonErrorScreen } from '../screens/LuxxonErrorScreen';
import { LuxxonProvider, type LuxxonProviderProps } from './LuxxonProvider';

// Each shipped loader, unless a test puts its own (failing, hanging, slow) one here.
const override = vi.hoisted(() => new Map<string, () => Promise<unknown>>());
vi.mock('../../i18n/locales', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../i18n/locales')>();
  const loaders = Object.fromEntries(
    Object.entries(original.LOCALE_LOADERS).map(([lng, load]) => [lng, () => (override.get(lng) ?? load)()]),
  );
  return { ...original, LOCALE_LOADERS: loaders };
});
afterEach(() => override.clear());

const SERVER_MESSAGE = 'Pool balance is zero';
const RAW_KEY = /\b(code|family|generic|action|waiting|reLogin|support)\.[\w.-]+|serverMessage|newWindow/;

function renderScreen(props: Omit<LuxxonProviderProps, 'children'>) {
  const error = createLuxxonError('NO_CREDIT', { message: SERVER_MESSAGE });
  return render(
    <LuxxonProvider topUpUrl="/billing" {...props}>
      <LuxxonErrorScreen error={error} onRetry={() => undefined} />
    </LuxxonProvider>,
  );
}

/** Lets pending loader promises settle and React commit what they set. */
const settle = () => act(async () => new Promise((resolve) => setTimeout(resolve, 0)));

function expectEnglish(container: HTMLElement) {
  const root = screen.getByRole('alert');
  expect(screen.getByRole('heading', { name: en.code.NO_CREDIT.title })).toBeInTheDocument();
  expect(root).toHaveTextContent(en.code.NO_CREDIT.description);
  expect(root).toHaveAttribute('lang', 'en');
  expect(root).toHaveAttribute('dir', 'ltr');
  expect(container.textContent).not.toMatch(RAW_KEY);
  expect(container.textContent).not.toContain(SERVER_MESSAGE);
}

async function appI18n(options: InitOptions): Promise<I18n> {
  const instance = createInstance();
  await instance.init({ interpolation: { escapeValue: false }, ...options });
  return instance;
}

describe('LuxxonProvider: locales', () => {
  // A locale's load that never gives strings: the screen stays in English, never raw keys or the server message.
  const BROKEN_LOADS = [
    {
      title: 'shows English when a locale fails to load, never raw keys or the server message',
      locale: 'fr',
      lng: 'fr',
      load: () => Promise.reject(new Error('Loading chunk fr failed')),
    },
    {
      title: 'shows English while a locale never finishes loading',
      locale: 'ja',
      lng: 'ja-JP',
      load: () => new Promise<never>(() => undefined),
    },
  ] as const;

  for (const { title, locale, lng, load: broken } of BROKEN_LOADS) {
    it(title, async () => {
      const load = vi.fn(broken);
      override.set(locale, load);
      const { container } = renderScreen({ lng });
      await waitFor(() => expect(load).toHaveBeenCalledTimes(1));
      await settle();
      expectEnglish(container);
    });
  }

  it('with no instance, lng="ar" renders Arabic right to left on the screen root', async () => {
    renderScreen({ lng: 'ar' });
    expect(await screen.findByRole('heading', { name: ar.code.NO_CREDIT.title })).toBeInTheDocument();
    const root = screen.getByRole('alert');
    expect(root).toHaveAttribute('dir', 'rtl');
    expect(root).toHaveAttribute('lang', 'ar');
  });

  it('follows the app\'s instance: es-CO shows Spanish, then Arabic right to left', async () => {
    const i18n = await appI18n({ lng: 'en', fallbackLng: 'en', resources: { en: { translation: { hello: 'Hello' } } } });
    renderScreen({ i18n });
    expect(await screen.findByRole('heading', { name: en.code.NO_CREDIT.title })).toBeInTheDocument();
    await act(async () => void (await i18n.changeLanguage('es-CO')));
    expect(await screen.findByRole('heading', { name: es.code.NO_CREDIT.title })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: `${es.action.topUp} ${es.newWindow}` })).toBeInTheDocument();
    await act(async () => void (await i18n.changeLanguage('ar')));
    expect(await screen.findByRole('heading', { name: ar.code.NO_CREDIT.title })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveAttribute('dir', 'rtl');
  });

  it('leaves the app\'s own resources, namespaces and language untouched, and stops following on unmount', async () => {
    const resources = {
      en: { translation: { hello: 'Hello' }, checkout: { pay: 'Pay' } },
      es: { translation: { hello: 'Hola' }, checkout: { pay: 'Pagar' } },
    };
    const i18n = await appI18n({ lng: 'es', fallbackLng: 'en', ns: ['translation', 'checkout'], defaultNS: 'translation', resources });
    const before = structuredClone(i18n.store.data);
    const { unmount } = renderScreen({ i18n });
    expect(await screen.findByRole('heading', { name: es.code.NO_CREDIT.title })).toBeInTheDocument();

    for (const lng of ['en', 'es'] as const) {
      expect(i18n.getResourceBundle(lng, 'translation')).toEqual(before[lng]?.['translation']);
      expect(i18n.getResourceBundle(lng, 'checkout')).toEqual(before[lng]?.['checkout']);
    }
    expect(Object.keys(i18n.store.data).sort()).toEqual(['en', 'es']);
    expect(i18n.language).toBe('es');
    expect(i18n.options.defaultNS).toBe('translation');
    expect(i18n.t('hello')).toBe('Hola');
    expect(i18n.t('checkout:pay')).toBe('Pagar');

    unmount();
    const load = vi.fn(() => Promise.resolve({}));
    override.set('de', load);
    await i18n.changeLanguage('de');
    expect(load).not.toHaveBeenCalled();
  });

  it('shows English with an app instance in a language the kit does not ship, even without fallbackLng', async () => {
    const i18n = await appI18n({ lng: 'zh', resources: { zh: { translation: { hello: '你好' } } } });
    const { container } = renderScreen({ i18n });
    await settle();
    expectEnglish(container);
  });

  it('keeps the app\'s overrides of kit strings and fills in the rest', async () => {
    const i18n = await appI18n({ lng: 'en', fallbackLng: 'en', resources: { en: { luxxon: { action: { topUp: 'Buy credits' } } } } });
    renderScreen({ i18n });
    expect(await screen.findByRole('link', { name: `Buy credits ${en.newWindow}` })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: en.code.NO_CREDIT.title })).toBeInTheDocument();
  });

  it('shows the language the app switched to last, whichever loads first', async () => {
    let finishSpanish: (resource: unknown) => void = () => undefined;
    override.set('es', () => new Promise((resolve) => (finishSpanish = resolve)));
    const i18n = await appI18n({ lng: 'en', fallbackLng: 'en', resources: {} });
    renderScreen({ i18n });
    await act(async () => void (await i18n.changeLanguage('es')));
    await act(async () => void (await i18n.changeLanguage('ar')));
    expect(await screen.findByRole('heading', { name: ar.code.NO_CREDIT.title })).toBeInTheDocument();
    await act(async () => finishSpanish(es));
    await settle();
    expect(screen.getByRole('heading', { name: ar.code.NO_CREDIT.title })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveAttribute('lang', 'ar');
  });
});

describe('LuxxonProvider: an i18n prop that goes away', () => {
  it('says so, and what to do, instead of rendering without strings', async () => {
    const i18n = await appI18n({ lng: 'en', resources: {} });
    const { rerender } = renderScreen({ i18n });
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(() => rerender(<LuxxonProvider>{null}</LuxxonProvider>)).toThrow(
      'LuxxonProvider: its i18n prop went away after the first render; pass the same instance on every render.',
    );
    logged.mockRestore();
  });
});
