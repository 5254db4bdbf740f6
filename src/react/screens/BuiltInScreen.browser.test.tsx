import { render, screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { cdp, page, userEvent } from 'vitest/browser';
import '../../styles.css';
import { createLuxxonError } from '../../testing/createLuxxonError';
import { enText } from '../../../test/support/locale';
import { LuxxonErrorScreen } from './LuxxonErrorScreen';
import { LuxxonProvider } from '../provider/LuxxonProvider';

const CODES = ['NO_CREDIT', 'NOT_AUTHORIZED', 'INVALID_INPUT', 'CONFLICT', 'NOT_FOUND', 'INTERNAL_SERVER_ERROR', 'NOT_AUTHENTICATED'];

function Screen({ code, onReauthenticate }: { code: string; onReauthenticate?: () => unknown }) {
  return (
    <LuxxonProvider lng="en" supportUrl="/help" topUpUrl="/billing" onReauthenticate={onReauthenticate}>
      <LuxxonErrorScreen error={createLuxxonError(code)} onRetry={() => undefined} />
    </LuxxonProvider>
  );
}

/** A control the user presses; the error screen replaces it (its button is gone, focus is lost). */
function LoadThenFail({ code }: { code: string }) {
  const [failed, setFailed] = useState(false);
  return failed ? <Screen code={code} /> : <button onClick={() => setFailed(true)}>Load</button>;
}

const outline = (element: Element) => getComputedStyle(element).outlineStyle;

// Order matters: the first test runs before any user action on this page.
describe('screen focus', () => {
  it('on first load, a page of many screens takes no focus and stays at the top', async () => {
    await page.viewport(1280, 600);
    render(
      <div>
        {CODES.map((code) => (
          <Screen key={code} code={code} />
        ))}
      </div>,
    );
    expect(navigator.userActivation.hasBeenActive).toBe(false);
    expect(document.documentElement.scrollHeight).toBeGreaterThan(window.innerHeight * 2);
    expect(document.activeElement).toBe(document.body);
    expect(window.scrollY).toBe(0);
  });

  it('after a user action, the screen that replaced the control gets focus on its heading, without a ring and without scrolling', async () => {
    render(
      <div>
        <LoadThenFail code="SESSION_NOT_FOUND" />
        {CODES.map((code) => (
          <Screen key={code} code={code} />
        ))}
      </div>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Load' }));
    const heading = screen.getByRole('heading', { name: enText('code.SESSION_NOT_FOUND.title') });
    expect(heading).toHaveFocus();
    // Chromium counts this focus as :focus-visible; the kit marks it and draws no ring for it.
    expect(heading).toHaveAttribute('data-lx-focus', 'kit');
    expect(outline(heading)).toBe('none');
    expect(window.scrollY).toBe(0);
  });

  it('never takes focus from a control the user is on', async () => {
    function SearchThenFail() {
      const [failed, setFailed] = useState(false);
      return (
        <div>
          <input aria-label="Search" onChange={() => setFailed(true)} />
          {failed && <Screen code="CONFLICT" />}
        </div>
      );
    }
    render(<SearchThenFail />);
    await userEvent.type(screen.getByRole('textbox', { name: 'Search' }), 'a');
    expect(screen.getByRole('heading', { name: enText('code.CONFLICT.title') })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Search' })).toHaveFocus();
  });

  it('when one action brings up several screens, the one that appeared last holds focus', async () => {
    function LoadAll() {
      const [failed, setFailed] = useState(false);
      return failed ? (
        <div>
          <Screen code="CONFLICT" />
          <Screen code="INVALID_INPUT" />
        </div>
      ) : (
        <button onClick={() => setFailed(true)}>Load all</button>
      );
    }
    render(<LoadAll />);
    await userEvent.click(screen.getByRole('button', { name: 'Load all' }));
    expect(screen.getByRole('heading', { name: enText('code.INVALID_INPUT.title') })).toHaveFocus();
    expect(screen.getByRole('heading', { name: enText('code.CONFLICT.title') })).not.toHaveAttribute('data-lx-focus');
  });

  it('keyboard focus on the actions is clearly visible (2 px solid ring)', async () => {
    render(<Screen code="NO_CREDIT" />);
    await userEvent.keyboard('{Tab}');
    const link = screen.getByRole('link', { name: `${enText('action.topUp')} ${enText('newWindow')}` });
    expect(link).toHaveFocus();
    expect(outline(link)).toBe('solid');
    expect(getComputedStyle(link).outlineWidth).toBe('2px');
  });
});

describe('LuxxonActionButton while busy', () => {
  it('keeps its width and full-contrast text when the label changes ("Waiting for you to sign in…")', async () => {
    await page.viewport(1280, 600);
    render(<Screen code="NOT_AUTHENTICATED" onReauthenticate={() => new Promise(() => undefined)} />);
    const button = screen.getByRole('button', { name: enText('action.signIn') });
    const before = button.getBoundingClientRect().width;
    await userEvent.click(button);
    expect(button).toHaveAccessibleName(enText('reLogin.pending'));
    expect(button).toHaveAttribute('aria-busy', 'true');
    expect(button.getBoundingClientRect().width).toBe(before);
    expect(getComputedStyle(button).opacity).toBe('1');
  });
});

describe('forced colours (Windows high contrast), emulated', () => {
  it('keeps primary, secondary and tertiary apart, and a link and a button of one rank alike', async () => {
    await cdp().send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: 'active' }] });
    try {
      expect(matchMedia('(forced-colors: active)').matches).toBe(true);
      render(<Screen code="NOT_AUTHORIZED" onReauthenticate={() => undefined} />);
      const primary = screen.getByRole('button', { name: enText('action.switchAccount') });
      const secondary = screen.getByRole('button', { name: enText('action.retry') });
      const tertiary = screen.getByRole('link', { name: `${enText('action.contactSupport')} ${enText('newWindow')}` });
      const look = (el: Element) => {
        const s = getComputedStyle(el);
        return `${s.backgroundColor} ${s.color} ${s.borderTopWidth} ${s.borderTopColor} ${s.textDecorationLine}`;
      };
      expect(new Set([look(primary), look(secondary), look(tertiary)]).size).toBe(3);
      // The support panel keeps its outline.
      render(<Screen code="INTERNAL_SERVER_ERROR" />);
      const panel = document.querySelector('.lx-support') as Element;
      expect(getComputedStyle(panel).borderTopStyle).toBe('solid');
      // "Contact support" there is a secondary link: it looks like the secondary button above.
      const link = screen.getAllByRole('link', { name: `${enText('action.contactSupport')} ${enText('newWindow')}` }).at(-1) as Element;
      expect(look(link)).toBe(look(secondary));
    } finally {
      await cdp().send('Emulation.setEmulatedMedia', { features: [] });
    }
  });
});
