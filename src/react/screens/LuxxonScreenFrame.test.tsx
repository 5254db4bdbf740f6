import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { EXPERIENCE_KINDS } from '../../core/experience/ExperienceKind';
import { enText } from '../../../test/support/locale';
import { renderWithLuxxon } from '../../../test/support/renderWithLuxxon';
import { SAMPLE_CODE_OF_KIND, sampleError } from '../../../test/support/sampleErrors';
import { LuxxonErrorScreen } from './LuxxonErrorScreen';
import type { LuxxonScreenVariant } from './LuxxonScreenProps';

const VARIANTS: readonly LuxxonScreenVariant[] = ['page', 'section', 'inline'];
const every = (props: { variant?: LuxxonScreenVariant; className?: string } = {}) =>
  EXPERIENCE_KINDS.map((kind) => <LuxxonErrorScreen key={kind} error={sampleError(SAMPLE_CODE_OF_KIND[kind])} onRetry={() => undefined} {...props} />);

describe('unstyled', () => {
  it.each(VARIANTS)('renders no lx- class and no icon for any kind (%s), keeps the app\'s className', (variant) => {
    const { container } = renderWithLuxxon(<>{every({ variant, className: 'app-card' })}</>, { unstyled: true, supportUrl: '/help', topUpUrl: '/billing' });
    expect(container.querySelectorAll('[data-kind]')).toHaveLength(EXPERIENCE_KINDS.length);
    expect(container.querySelector('[class*="lx-"]')).toBeNull();
    expect(container.querySelector('svg')).toBeNull();
    for (const card of container.querySelectorAll('[data-kind]')) expect(card).toHaveAttribute('class', 'app-card');
    // Still the same screens: roles, names, the new-tab hint.
    expect(screen.getAllByRole('alert')).toHaveLength(EXPERIENCE_KINDS.length - 1);
    expect(screen.getAllByRole('status').filter((el) => el.hasAttribute('data-kind'))).toEqual([container.querySelector('[data-kind="waiting"]')]);
    expect(screen.getByRole('link', { name: `${enText('action.topUp')} ${enText('newWindow')}` })).toBeInTheDocument();
  });

  it('styled, the same screens carry the kit\'s classes and the app\'s', () => {
    const { container } = renderWithLuxxon(<>{every({ className: 'app-card' })}</>);
    for (const card of container.querySelectorAll('[data-kind]')) expect(card).toHaveClass('lx-error', 'app-card');
    expect(container.querySelectorAll('svg').length).toBeGreaterThanOrEqual(EXPERIENCE_KINDS.length);
  });
});

describe('variants', () => {
  it.each(VARIANTS)('%s: same text and actions, the same roles, labelled by the title', (variant) => {
    // One page, so that both waiting screens show the one shared countdown.
    renderWithLuxxon(
      <>
        <div data-testid="variant">{every({ variant })}</div>
        <div data-testid="page">{every()}</div>
      </>,
    );
    const container = screen.getByTestId('variant');
    const page = screen.getByTestId('page');
    const text = (root: Element) => [...root.querySelectorAll('[data-kind]')].map((card) => [card.getAttribute('role'), card.textContent]);
    expect(text(container)).toEqual(text(page));
    for (const card of container.querySelectorAll('[data-kind]')) {
      expect(card).toHaveAttribute('data-variant', variant);
      const title = document.getElementById(card.getAttribute('aria-labelledby') ?? '');
      expect(title?.textContent).not.toBe('');
      // A heading in a page or a section; in a form's line, a paragraph (no heading in the form's outline).
      expect(title?.tagName).toBe(variant === 'inline' ? 'P' : 'H2');
      expect(title).toHaveAttribute('tabindex', '-1');
    }
  });

  it.each(VARIANTS)('%s: after a user action, the title of the screen that replaced the control takes focus', async (variant) => {
    function SubmitThenFail() {
      const [failed, setFailed] = useState(false);
      return failed ? <LuxxonErrorScreen error={sampleError('CONFLICT')} onRetry={() => undefined} variant={variant} /> : <button onClick={() => setFailed(true)}>Save</button>;
    }
    renderWithLuxxon(<SubmitThenFail />);
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    const alert = screen.getByRole('alert');
    expect(document.getElementById(alert.getAttribute('aria-labelledby') ?? '')).toHaveFocus();
  });

  it('inline: a failed submit keeps focus on the form\'s button the user is on', async () => {
    function Form() {
      const [failed, setFailed] = useState(false);
      return (
        <form onSubmit={(event) => (event.preventDefault(), setFailed(true))}>
          {failed && <LuxxonErrorScreen error={sampleError('INVALID_INPUT')} onRetry={() => undefined} variant="inline" />}
          <button type="submit">Save</button>
        </form>
      );
    }
    renderWithLuxxon(<Form />);
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(screen.getByRole('alert')).toHaveTextContent(enText('code.INVALID_INPUT.title'));
    expect(screen.getByRole('button', { name: 'Save' })).toHaveFocus();
  });
});
