import fc from 'fast-check';
import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import en from '../../../locales/en/luxxon.json';
import { resolveExperience } from '../../core/experience/resolveExperience';
import { toLuxxonError } from '../../core/errors/toLuxxonError';
import { expectPropertyHolds } from '../../../test/support/checkProperty';
import { DETAIL_MARKER, PAYLOAD_ELEMENTS, PWNED_FLAG, reactCanCatch, thrownValue } from '../../../test/support/hostileValues';
import { renderWithLuxxon } from '../../../test/support/renderWithLuxxon';
import { LuxxonErrorBoundary } from './LuxxonErrorBoundary';

const RUNS = 200;
const TOP_UP_URL = '/billing';
const SUPPORT_URL = 'https://support.example/help';

/** The English string at a dotted key, if there is one. */
function english(key: string): string | undefined {
  const value = key.split('.').reduce<unknown>((node, part) => (typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[part] : undefined), en);
  return typeof value === 'string' ? value : undefined;
}

/** The title the kit should show for `value`: its first title key that English has. */
function expectedTitle(value: unknown): string {
  const title = resolveExperience(toLuxxonError(value)).text.title.map(english).find((t) => t !== undefined);
  if (title === undefined) throw new Error('no English title');
  return title;
}

function Thrower({ value }: { value: unknown }): never {
  throw value;
}

describe('LuxxonErrorBoundary, for any thrown value', () => {
  it(`renders a localized screen, no payload markup and never detail (${RUNS} cases)`, async () => {
    await expectPropertyHolds(
      'LuxxonErrorBoundary(any thrown value)',
      // React reads `.then` on what is thrown before any boundary sees it; see reactCanCatch.
      fc.property(thrownValue.filter(reactCanCatch), (value) => {
        const onError = vi.fn();
        const { container, unmount } = renderWithLuxxon(
          <LuxxonErrorBoundary>
            <Thrower value={value} />
          </LuxxonErrorBoundary>,
          { onError, topUpUrl: TOP_UP_URL, supportUrl: SUPPORT_URL },
        );
        try {
          // A localized state: the heading of the code's experience, in English, in a live region.
          const heading = screen.getByRole('heading', { level: 2 });
          expect(heading.textContent).toBe(expectedTitle(value));
          expect(heading.closest('[role="alert"], [role="status"]')).toHaveAttribute('lang', 'en');
          // Nothing from the payload became an element, ran, or showed its detail.
          expect(container.querySelector(PAYLOAD_ELEMENTS)).toBeNull();
          expect((globalThis as Record<string, unknown>)[PWNED_FLAG]).toBeUndefined();
          expect(container.textContent).not.toContain(DETAIL_MARKER);
          for (const a of container.querySelectorAll('a')) expect([TOP_UP_URL, SUPPORT_URL]).toContain(a.getAttribute('href'));
          // Strict CSP: no inline style on anything.
          expect(container.querySelector('[style]')).toBeNull();
          // Telemetry: one report, without detail.
          expect(onError).toHaveBeenCalledTimes(1);
          expect(onError.mock.calls[0]?.[0]).not.toHaveProperty('detail');
        } finally {
          unmount();
        }
      }),
      RUNS,
    );
    // 200 full renders: a generous bound for a loaded 2-core machine (speed is the bench's job).
  }, 60_000);
});
