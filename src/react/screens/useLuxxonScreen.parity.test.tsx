import { render, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import es from '../../../locales/es/luxxon.json';
import { KIT_ERROR_CODES, LUXXON_ERROR_CODES } from '../../core/codes/codes';
import { createLuxxonI18n } from '../../i18n/luxxonI18n';
import { PLAIN_SCREENS } from '../../../test/support/PlainScreen';
import { sampleError } from '../../../test/support/sampleErrors';
import { LuxxonErrorScreen } from './LuxxonErrorScreen';
import { LuxxonProvider } from '../provider/LuxxonProvider';

const CODES = [...LUXXON_ERROR_CODES, ...KIT_ERROR_CODES, 'PLAN_EXPIRED'];
const rows = (root: Element) => [...root.querySelectorAll('dt')].map((dt) => [dt.textContent, dt.nextElementSibling?.textContent]);

function i18nFor(lng: 'en' | 'es') {
  const i18n = createLuxxonI18n(lng);
  if (lng === 'es') i18n.addResourceBundle('es', 'luxxon', es);
  return i18n;
}

describe('a custom screen built only from useLuxxonScreen shows what the built-in screen shows', () => {
  beforeEach(() => {
    // The kit's own codes carry the time the screen appeared: one time for both screens.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-05-13T10:30:00Z'));
  });
  afterEach(() => vi.useRealTimers());

  describe.each(['en', 'es'] as const)('in %s', (lng) => {
    it.each(CODES)('%s', (code) => {
      const error = sampleError(code);
      const props = { error, onRetry: () => undefined, onShortenDuration: () => undefined };
      // One page: both screens share its recovery (one countdown for a waiting code).
      const { getByTestId } = render(
        <LuxxonProvider i18n={i18nFor(lng)} topUpUrl="/billing" supportUrl="/help" homeUrl="/home" onReauthenticate={() => undefined}>
          <LuxxonErrorScreen {...props} />
          <LuxxonErrorScreen {...props} screens={PLAIN_SCREENS} />
        </LuxxonProvider>,
      );
      const plain = getByTestId('plain');
      const card = document.querySelector('[data-kind]') as HTMLElement;

      expect(card).toHaveAttribute('role', plain.getAttribute('role'));
      expect(card).toHaveAttribute('lang', lng);
      expect(plain).toHaveAttribute('lang', lng);
      expect(within(card).getByRole('heading').textContent).toBe(plain.querySelector('h3')?.textContent);
      expect(card.querySelector('.lx-error__description')?.textContent).toBe(plain.querySelector('[data-part="description"]')?.textContent);
      expect(card.querySelector('.lx-error__note')?.textContent ?? null).toBe(plain.querySelector('[data-part="note"]')?.textContent ?? null);

      // The same actions, in the same order, with the same accessible names and targets.
      const custom = [...plain.querySelectorAll('[data-part="actions"] > *')];
      const kit = [...(card.querySelector('.lx-error__actions')?.children ?? [])];
      expect(custom.length).toBeGreaterThan(0);
      expect(kit).toHaveLength(custom.length);
      custom.forEach((element, i) => {
        const role = element.tagName === 'A' ? 'link' : 'button';
        expect(kit[i]).toBe(within(card).getByRole(role, { name: element.getAttribute('aria-label') ?? '' }));
        expect(kit[i]?.getAttribute('href')).toBe(element.getAttribute('href'));
        expect(kit[i]?.getAttribute('target')).toBe(element.getAttribute('target'));
      });

      // The same support reference, row by row.
      const support = plain.querySelector('[data-part="support"]');
      expect(card.querySelector('[role="group"]') === null).toBe(support === null);
      expect(rows(card)).toEqual(support ? rows(support) : []);
    });
  });
});
