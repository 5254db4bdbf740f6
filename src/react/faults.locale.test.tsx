import { act, screen } from '@testing-library/react';
import { createInstance } from 'i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { failsOnce } from '../../test/support/failsOnce';
import { LiveView } from '../../test/support/LiveView';
import { enText } from '../../test/support/locale';
import { renderWithLuxxon } from '../../test/support/renderWithLuxxon';

// Spanish fails to load (a chunk 404 after a deploy), French never answers (a stalled request).
vi.mock('../i18n/locales', async (importOriginal) => {
  const original = await importOriginal<typeof import('../i18n/locales')>();
  return {
    ...original,
    LOCALE_LOADERS: {
      ...original.LOCALE_LOADERS,
      es: () => Promise.reject(new Error('Failed to fetch dynamically imported module: /assets/luxxon-es.js')),
      fr: () => new Promise<never>(() => undefined),
    },
  };
});

async function flush() {
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 50));
  });
}

describe('a locale that does not load', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it.each([
    ['fails', 'es'],
    ['hangs', 'fr'],
  ])('%s: the screen shows English, marked as English, never keys', async (_, lng) => {
    const { container } = renderWithLuxxon(<LiveView queryFn={failsOnce('NO_CREDIT')} />, { lng });
    expect(await screen.findByRole('heading', { name: enText('code.NO_CREDIT.title') })).toBeInTheDocument();
    await flush();
    expect(screen.getByRole('heading')).toHaveTextContent(enText('code.NO_CREDIT.title'));
    expect(screen.getByRole('alert')).toHaveAttribute('lang', 'en');
    expect(container.textContent).not.toMatch(/code\.NO_CREDIT|action\.|generic\./);
  });

  it("with the app's i18next instance in a language that fails to load, shows English", async () => {
    const i18n = createInstance();
    await i18n.init({ lng: 'es', fallbackLng: 'es', resources: { es: { app: { hello: 'Hola' } } }, initAsync: false });
    renderWithLuxxon(<LiveView queryFn={failsOnce('NOT_FOUND')} />, { i18n });
    expect(await screen.findByRole('heading', { name: enText('code.NOT_FOUND.title') })).toBeInTheDocument();
    await flush();
    expect(screen.getByRole('button', { name: enText('action.retry') })).toBeInTheDocument();
  });
});
