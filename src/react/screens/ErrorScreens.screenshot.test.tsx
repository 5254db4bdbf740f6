/// <reference types="vite/client" />
import { render } from '@testing-library/react';
import type { i18n as I18n } from 'i18next';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import '../../styles.css';
import '../../test/screenshotPage.css';
import { EXPERIENCE_KINDS, type ExperienceKind } from '../../core/ExperienceKind';
import type { SupportedLocale } from '../../i18n/locales';
import { createLuxxonI18n, loadLuxxonLocale } from '../../i18n/luxxonI18n';
import { createLuxxonError } from '../../testing/createLuxxonError';
import { LuxxonErrorView } from '../LuxxonErrorView';
import { LuxxonProvider } from '../LuxxonProvider';

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

/** A code that shows each kind, with the options that add every element. */
const CODE_OF_KIND = {
  'top-up': 'INSUFFICIENT_CREDIT',
  're-login': 'NOT_AUTHENTICATED',
  waiting: 'NO_COVERAGE',
  permission: 'NOT_AUTHORIZED',
  'fix-request': 'INVALID_INPUT',
  'out-of-date': 'CONFLICT',
  'not-found': 'SESSION_NOT_FOUND',
  'service-down': 'INTERNAL_SERVER_ERROR',
  reload: 'CHUNK_LOAD_ERROR',
  generic: 'PLAN_EXPIRED',
} as const satisfies Record<ExperienceKind, string>;

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

describe.each(THEMES)('screens, %s theme', (theme) => {
  describe.each(WIDTHS)('%i px wide', (width) => {
    it.each(LOCALES)('%s', async (lng) => {
      await page.viewport(width, 900);
      document.documentElement.setAttribute('data-lx-theme', theme);
      const i18n = await loaded(lng);
      const { container } = render(
        <LuxxonProvider i18n={i18n} topUpUrl="/billing" supportUrl="https://support.example/help" homeUrl="/" onReauthenticate={() => undefined}>
          <div className="shot-page">
            {EXPERIENCE_KINDS.map((kind) => (
              <LuxxonErrorView
                key={kind}
                error={createLuxxonError(CODE_OF_KIND[kind], kind === 'generic' ? { statusCode: 402, message: 'The workspace plan expired.' } : {})}
                onRetry={() => undefined}
                onShortenDuration={() => undefined}
              />
            ))}
          </div>
        </LuxxonProvider>,
      );
      await document.fonts.ready;
      for (const kind of EXPERIENCE_KINDS) {
        const screen = container.querySelector(`.lx-error[data-kind="${kind}"]`);
        if (!(screen instanceof HTMLElement)) throw new Error(`no ${kind} screen`);
        await expect.element(page.elementLocator(screen)).toMatchScreenshot(`${kind}-${lng}-${theme}-${width}`);
      }
    });
  });
});
