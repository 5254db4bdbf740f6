/// <reference types="vite/client" />
import { render } from '@testing-library/react';
import type { i18n as I18n } from 'i18next';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import '../../styles.css';
import '../../../test/support/screenshotPage.css';
import { EXPERIENCE_KINDS, type ExperienceKind } from '../../core/experience/ExperienceKind';
import type { SupportedLocale } from '../../i18n/locales';
import { createLuxxonI18n, loadLuxxonLocale } from '../../i18n/luxxonI18n';
import { SAMPLE_CODE_OF_KIND, sampleError } from '../../../test/support/sampleErrors';
import { LuxxonErrorScreen } from './LuxxonErrorScreen';
import { LuxxonProvider } from '../provider/LuxxonProvider';
import type { LuxxonScreenVariant } from './LuxxonScreenProps';

/**
 * Visual regression: every kind of screen in English, German (long words),
 * Arabic (right to left) and pseudo-accents (longer text), light and dark,
 * on a desktop (1280 px) and a phone (375 px), compared with the references
 * in __screenshots__/ (cropped to the screen). Update them after an intended
 * change: npx vitest run --project screenshots --update (docs/styling.md).
 */
const LOCALES = ['en', 'de', 'ar', 'en-XA'] as const satisfies readonly SupportedLocale[];
const THEMES = ['light', 'dark'] as const;
const WIDTHS = [1280, 375] as const;

async function loaded(lng: SupportedLocale): Promise<I18n> {
  const i18n = createLuxxonI18n(lng);
  await loadLuxxonLocale(i18n, lng);
  await i18n.changeLanguage(lng);
  return i18n;
}

beforeAll(() => {
  // The waiting screen's countdown ticks every second: shoot its paused state, which holds still.
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
});

afterAll(() => {
  Reflect.deleteProperty(document, 'visibilityState');
  document.documentElement.removeAttribute('data-lx-theme');
});

/** Renders `kind`'s screen in `lng` and compares it with the reference `name`. */
async function shoot(kind: ExperienceKind, lng: SupportedLocale, name: string, variant?: LuxxonScreenVariant) {
  const i18n = await loaded(lng);
  const { container } = render(
    <LuxxonProvider i18n={i18n} topUpUrl="/billing" supportUrl="https://support.example/help" homeUrl="/" onReauthenticate={() => undefined}>
      <div className={variant ? `shot-page shot-page--${variant}` : 'shot-page'}>
        <LuxxonErrorScreen error={sampleError(SAMPLE_CODE_OF_KIND[kind])} onRetry={() => undefined} onShortenDuration={() => undefined} variant={variant} />
      </div>
    </LuxxonProvider>,
  );
  await document.fonts.ready;
  const screen = container.querySelector(`.lx-error[data-kind="${kind}"]`);
  if (!(screen instanceof HTMLElement)) throw new Error(`no ${kind} screen`);
  // The locale's strings are in: the screen no longer shows the English it starts with.
  await expect.element(page.elementLocator(screen)).toHaveAttribute('lang', lng);
  await expect.element(page.elementLocator(screen)).toMatchScreenshot(name);
}

describe.each(THEMES)('screens, %s theme', (theme) => {
  describe.each(WIDTHS)('%i px wide', (width) => {
    describe.each(LOCALES)('%s', (lng) => {
      it.each(EXPERIENCE_KINDS)('%s', async (kind) => {
        await page.viewport(width, 900);
        document.documentElement.setAttribute('data-lx-theme', theme);
        await shoot(kind, lng, `${kind}-${lng}-${theme}-${width}`);
      });
    });
  });
});

/** The compact layouts, in English and right to left, light, on a desktop: a widget's card and a form's line. */
describe.each(['section', 'inline'] as const)('variants: %s', (variant) => {
  describe.each(['en', 'ar'] as const)('%s', (lng) => {
    it.each(EXPERIENCE_KINDS)('%s', async (kind) => {
      await page.viewport(1280, 900);
      document.documentElement.setAttribute('data-lx-theme', 'light');
      await shoot(kind, lng, `${variant}-${kind}-${lng}`, variant);
    });
  });
});
