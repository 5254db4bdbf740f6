import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn } from 'storybook/test';
import { CODE_REGISTRY, describeCode } from '@luxxon/react-errors/core';
import { resolveExperience, LuxxonErrorScreen, type CheckOutcome } from '@luxxon/react-errors';
import { createLuxxonError } from '@luxxon/react-errors/testing';
import { storyKit } from './support/luxxonLoader';
import { stillWaiting } from './support/playCodeScreen';

/** Every code in the registry, then one the kit has never heard of. */
const MATRIX_CODES: readonly string[] = [...Object.keys(CODE_REGISTRY), 'PLAN_EXPIRED'];

interface AllStatesArgs {
  onRetry: () => void;
  onCheck: () => Promise<CheckOutcome>;
  onShortenDuration: () => void;
}

function AllStates({ onRetry, onCheck, onShortenDuration }: AllStatesArgs) {
  return (
    <ul className="sb-matrix">
      {MATRIX_CODES.map((code) => {
        const { family, kind } = describeCode(code);
        return (
          <li key={code} className="sb-matrix__cell">
            <p className="sb-matrix__caption" lang="en">
              <code>{code}</code>
              <span>
                {family} · {kind}
              </span>
            </p>
            <LuxxonErrorScreen
              error={createLuxxonError(code)}
              onRetry={onRetry}
              onCheck={onCheck}
              onShortenDuration={onShortenDuration}
            />
          </li>
        );
      })}
    </ul>
  );
}

/**
 * All states on one page: the screen of every code in the registry (and of
 * an unknown code) side by side, in the toolbar's locale. The place to
 * compare spacing, lengths of translations and RTL at a glance.
 */
const meta = {
  title: 'Error page/All states',
  component: AllStates,
  args: { onRetry: fn(), onCheck: fn(stillWaiting), onShortenDuration: fn() },
  parameters: { layout: 'padded' },
} satisfies Meta<typeof AllStates>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Matrix: Story = {
  play: async (context) => {
    const { i18n, locale, dir } = storyKit(context);
    const screens = context.canvasElement.querySelectorAll('.lx-error');
    await expect(screens).toHaveLength(MATRIX_CODES.length);
    for (const [i, code] of MATRIX_CODES.entries()) {
      const screen = screens[i];
      const experience = resolveExperience(createLuxxonError(code));
      await expect(screen).toHaveAttribute('data-code', code);
      await expect(screen).toHaveAttribute('data-kind', experience.kind);
      await expect(screen).toHaveAttribute('lang', locale);
      await expect(screen).toHaveAttribute('dir', dir);
      await expect(screen?.querySelector('h2')?.textContent).toBe(i18n.t([...experience.text.title]));
    }
    // A page of many screens opens at the top: no screen takes focus before the user acts, none scrolls.
    const doc = context.canvasElement.ownerDocument;
    if (doc.defaultView?.navigator.userActivation?.hasBeenActive === false) {
      await expect(context.canvasElement.querySelector('.lx-error__title:focus')).toBeNull();
    }
    await expect(doc.defaultView?.scrollY).toBe(0);
  },
};
