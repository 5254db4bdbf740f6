import { render, screen } from '@testing-library/react';
import { createInstance, type InitOptions } from 'i18next';
import { describe, expect, it } from 'vitest';
import { createLuxxonError } from '../../testing/createLuxxonError';
import { enText, esText } from '../../../test/support/locale';
import { LuxxonErrorScreen } from '../screens/LuxxonErrorScreen';
import { LuxxonProvider } from './LuxxonProvider';

async function appI18n(options: InitOptions) {
  const instance = createInstance();
  await instance.init({ interpolation: { escapeValue: false }, ...options });
  return instance;
}

// A translation (or an app override) with an object where a string belongs. A fresh one per
// instance: i18next merges the kit's strings into the object it was given.
const objectTitle = () => ({ luxxon: { code: { NO_CREDIT: { title: { short: 'Sin saldo', long: 'Tu saldo es cero' } } } } });

function renderNoCredit(i18n: Awaited<ReturnType<typeof appI18n>>) {
  return render(
    <LuxxonProvider i18n={i18n} topUpUrl="/billing">
      <LuxxonErrorScreen error={createLuxxonError('NO_CREDIT')} onRetry={() => undefined} />
    </LuxxonProvider>,
  );
}

describe("the kit's t, on an app i18next with returnObjects: true", () => {
  it('an object where a string belongs gives the next localized string, never the English last-resort view', async () => {
    const i18n = await appI18n({ lng: 'es', fallbackLng: 'en', returnObjects: true, resources: { es: objectTitle() } });
    const { container } = renderNoCredit(i18n);
    expect(await screen.findByRole('heading', { name: esText('generic.title') })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent(esText('code.NO_CREDIT.description'));
    expect(screen.getByRole('alert')).toHaveAttribute('lang', 'es');
    expect(container.querySelector('[data-kind="last-resort"]')).toBeNull();
  });

  it('every other string stays localized with returnObjects: true', async () => {
    const i18n = await appI18n({ lng: 'es', fallbackLng: 'en', returnObjects: true, resources: { es: { luxxon: {} } } });
    renderNoCredit(i18n);
    expect(await screen.findByRole('heading', { name: esText('code.NO_CREDIT.title') })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: new RegExp(esText('action.topUp')) })).toBeInTheDocument();
  });

  it('an object in English too falls through the key chain to a string', async () => {
    const i18n = await appI18n({ lng: 'en', returnObjects: true, resources: { en: objectTitle() } });
    const { container } = renderNoCredit(i18n);
    expect(screen.getByRole('heading', { name: enText('generic.title') })).toBeInTheDocument();
    expect(container.querySelector('[data-kind="last-resort"]')).toBeNull();
  });

  it('without returnObjects, an object shows no "returned an object instead of string" sentence', async () => {
    const i18n = await appI18n({ lng: 'en', resources: { en: objectTitle() } });
    const { container } = renderNoCredit(i18n);
    expect(screen.getByRole('heading', { name: enText('generic.title') })).toBeInTheDocument();
    expect(container.textContent).not.toContain('returned an object');
  });
});
