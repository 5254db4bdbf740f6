import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { failsOnce } from '../../../test/support/failsOnce';
import { LiveView } from '../../../test/support/LiveView';
import { enText } from '../../../test/support/locale';
import { renderWithLuxxon } from '../../../test/support/renderWithLuxxon';

/** Puts the test page at `path` on jsdom's origin. */
function visit(path: string) {
  window.history.pushState(null, '', path);
}

describe('re-login return URL', () => {
  afterEach(() => visit('/'));

  // The page the user is on, the screen's sign-in action, and the return URL onReauthenticate gets.
  const RETURNS = [
    {
      title: 'hands onReauthenticate the current page as a same-origin path',
      page: '/live/42?zone=3#map',
      code: 'NOT_AUTHENTICATED',
      action: 'action.signIn',
      returnTo: '/live/42?zone=3#map',
    },
    {
      title: 'hands "/" when the page path would read as another host once decoded',
      page: '/%2F%2Fevil.example/live',
      code: 'NOT_AUTHENTICATED',
      action: 'action.signIn',
      returnTo: '/',
    },
    {
      title: 'hands the return URL to "Use another account" on permission screens too',
      page: '/sessions/9',
      code: 'NOT_YOUR_SESSION',
      action: 'action.switchAccount',
      returnTo: '/sessions/9',
    },
  ] as const;

  for (const { title, page, code, action, returnTo } of RETURNS) {
    it(title, async () => {
      visit(page);
      const onReauthenticate = vi.fn(async () => undefined);
      renderWithLuxxon(<LiveView queryFn={failsOnce(code)} />, { onReauthenticate });
      await userEvent.click(await screen.findByRole('button', { name: enText(action) }));
      await waitFor(() => expect(onReauthenticate).toHaveBeenCalledWith({ returnTo }));
      // Signed in, the boundary retries: the content comes back.
      expect(await screen.findByText('Live view: live')).toBeInTheDocument();
    });
  }

  it('without onReauthenticate, links "Sign in again" to loginUrl with returnTo, in the same tab', async () => {
    visit('/live/42?zone=3');
    renderWithLuxxon(<LiveView queryFn={failsOnce('NOT_AUTHENTICATED')} />, { loginUrl: '/login' });
    const link = await screen.findByRole('link', { name: enText('action.signIn') });
    expect(link).toHaveAttribute('href', '/login?returnTo=%2Flive%2F42%3Fzone%3D3');
    expect(link).not.toHaveAttribute('target');
    expect(screen.queryByRole('button', { name: enText('action.signIn') })).toBeNull();
  });

  it('gives an identity provider on another origin the absolute URL of this page', async () => {
    visit('/live/42');
    renderWithLuxxon(<LiveView queryFn={failsOnce('NOT_AUTHENTICATED')} />, { loginUrl: 'https://id.example/authorize?client=lx' });
    const link = await screen.findByRole('link', { name: enText('action.signIn') });
    const href = new URL(link.getAttribute('href') ?? '');
    expect(href.origin).toBe('https://id.example');
    expect(href.searchParams.get('client')).toBe('lx');
    expect(href.searchParams.get('returnTo')).toBe(`${window.location.origin}/live/42`);
  });

  it.each(['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', '//evil.example/login', ' '])(
    'never links an unsafe loginUrl (%j): the button stays and retries',
    async (loginUrl) => {
      const queryFn = failsOnce('NOT_AUTHENTICATED');
      const { container } = renderWithLuxxon(<LiveView queryFn={queryFn} />, { loginUrl });
      await userEvent.click(await screen.findByRole('button', { name: enText('action.signIn') }));
      expect(container.querySelector('a')).toBeNull();
      expect(await screen.findByText('Live view: live')).toBeInTheDocument();
    },
  );

  it('prefers onReauthenticate to loginUrl', async () => {
    const onReauthenticate = vi.fn(async () => undefined);
    renderWithLuxxon(<LiveView queryFn={failsOnce('NOT_AUTHENTICATED')} />, { onReauthenticate, loginUrl: '/login' });
    const button = await screen.findByRole('button', { name: enText('action.signIn') });
    expect(screen.queryByRole('link')).toBeNull();
    await userEvent.click(button);
    expect(onReauthenticate).toHaveBeenCalledTimes(1);
  });
});
