import { act, fireEvent, render, screen } from '@testing-library/react';
import { renderToStaticMarkup } from 'react-dom/server';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { KIT_ERROR_CODES, LUXXON_ERROR_CODES } from '../core/codes/codes';
import { createLuxxonError } from '../testing/createLuxxonError';
import { enText } from '../../test/support/locale';
import { renderWithLuxxon } from '../../test/support/renderWithLuxxon';
import { LastResortScreen } from './screens/LastResortScreen';
import { LuxxonErrorScreen } from './screens/LuxxonErrorScreen';
import { LuxxonProvider, type LuxxonProviderProps } from './provider/LuxxonProvider';

const ALL_CODES = [...LUXXON_ERROR_CODES, ...KIT_ERROR_CODES, 'RATE_LIMITED'];

/** Every option that adds an element to some screen. */
const PROVIDER: Omit<LuxxonProviderProps, 'children'> = {
  topUpUrl: '/billing',
  supportUrl: 'https://support.example/help',
  onReauthenticate: () => undefined,
};

/**
 * What a strict Content-Security-Policy (`style-src 'self'`, no
 * 'unsafe-inline') would block or flag: inline `style` attributes, `<style>`
 * and `<script>` elements, inline event-handler attributes, `javascript:` URLs.
 */
function expectCspClean(root: Element) {
  expect(root.querySelectorAll('[style]')).toHaveLength(0);
  expect(root.querySelectorAll('style, script, link, iframe, object, embed')).toHaveLength(0);
  for (const element of root.querySelectorAll('*')) {
    for (const attribute of element.attributes) {
      expect(attribute.name.startsWith('on'), `${element.tagName} ${attribute.name}`).toBe(false);
      expect(attribute.value.trim().toLowerCase().startsWith('javascript:'), `${element.tagName} ${attribute.name}`).toBe(false);
    }
  }
}

describe('strict Content-Security-Policy: no inline styles, no inline script', () => {
  it.each(ALL_CODES)('%s renders no style attribute, style element or inline handler', (code) => {
    const { container } = renderWithLuxxon(
      <LuxxonErrorScreen error={createLuxxonError(code, { message: 'Server says <b>hi</b>' })} onRetry={() => undefined} onShortenDuration={() => undefined} />,
      PROVIDER,
    );
    expect(screen.getByRole('heading')).toBeInTheDocument();
    expectCspClean(container);
  });

  it.each(ALL_CODES)('%s server-renders to markup without a style attribute', (code) => {
    const html = renderToStaticMarkup(
      <LuxxonProvider lng="en" {...PROVIDER}>
        <LuxxonErrorScreen error={createLuxxonError(code)} onRetry={() => undefined} onShortenDuration={() => undefined} />
      </LuxxonProvider>,
    );
    expect(html).toContain('class="lx-error"');
    expect(html).not.toMatch(/\sstyle=/i);
    expect(html).not.toMatch(/<(style|script)\b/i);
  });

  it('stays clean in the interaction states: checking, stopped, sign-in pending and failed, copied, last resort', async () => {
    let settle: (outcome: 'failed') => void = () => undefined;
    const waiting = renderWithLuxxon(
      <LuxxonErrorScreen error={createLuxxonError('NO_COVERAGE')} onRetry={() => undefined} onCheck={() => new Promise((resolve) => (settle = resolve))} />,
    );
    fireEvent.click(screen.getByRole('button', { name: enText('action.checkNow') }));
    expect(screen.getByText(enText('waiting.checking'))).toBeInTheDocument();
    expectCspClean(waiting.container);
    await act(async () => settle('failed'));
    fireEvent.click(screen.getByRole('button', { name: enText('action.cancel') }));
    expect(screen.getByText(enText('waiting.stopped'))).toBeInTheDocument();
    expectCspClean(waiting.container);
    waiting.unmount();

    let rejectSignIn: (reason: unknown) => void = () => undefined;
    const reLogin = renderWithLuxxon(<LuxxonErrorScreen error={createLuxxonError('NOT_AUTHENTICATED')} onRetry={() => undefined} />, {
      onReauthenticate: () => new Promise((_, reject) => (rejectSignIn = reject)),
    });
    fireEvent.click(screen.getByRole('button', { name: enText('action.signIn') }));
    expectCspClean(reLogin.container);
    await act(async () => rejectSignIn(new Error('closed')));
    expect(screen.getByText(enText('reLogin.failed'))).toBeInTheDocument();
    expectCspClean(reLogin.container);
    reLogin.unmount();

    const loginLink = renderWithLuxxon(<LuxxonErrorScreen error={createLuxxonError('NOT_AUTHENTICATED')} onRetry={() => undefined} />, { loginUrl: '/login' });
    expect(screen.getByRole('link', { name: enText('action.signIn') })).toBeInTheDocument();
    expectCspClean(loginLink.container);
    loginLink.unmount();

    const support = renderWithLuxxon(<LuxxonErrorScreen error={createLuxxonError('INTERNAL_SERVER_ERROR')} onRetry={() => undefined} />);
    // user-event puts a clipboard on jsdom's navigator.
    await userEvent.setup().click(screen.getByRole('button', { name: enText('action.copy') }));
    expect(await screen.findByText(enText('support.copied'))).toBeInTheDocument();
    expectCspClean(support.container);
    support.unmount();

    const lastResort = render(<LastResortScreen onRetry={() => undefined} />);
    expectCspClean(lastResort.container);
  });
});
