import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { failsOnce } from '../../../test/support/failsOnce';
import { LiveView } from '../../../test/support/LiveView';
import { enText, esText } from '../../../test/support/locale';
import { renderWithLuxxon } from '../../../test/support/renderWithLuxxon';

const PERMISSION_CODES = ['NOT_AUTHORIZED', 'INSUFFICIENT_SCOPE', 'NOT_OPERATOR', 'NOT_YOUR_SESSION'] as const;

describe('the permission screen', () => {
  it.each(PERMISSION_CODES)('%s: its own text, and "Try again" refetches', async (code) => {
    const queryFn = failsOnce(code);
    renderWithLuxxon(<LiveView queryFn={queryFn} />);
    const alert = await screen.findByRole('alert');
    await waitFor(() => expect(screen.getByRole('heading', { name: enText(`code.${code}.title`) })).toHaveFocus());
    expect(alert).toHaveTextContent(enText(`code.${code}.description`));
    await userEvent.click(screen.getByRole('button', { name: enText('action.retry') }));
    expect(await screen.findByText('Live view: live')).toBeInTheDocument();
    expect(queryFn).toHaveBeenCalledTimes(2);
  });

  it('"Use another account" signs in again through the app, then refetches', async () => {
    const onReauthenticate = vi.fn(async () => undefined);
    const queryFn = failsOnce('NOT_OPERATOR');
    renderWithLuxxon(<LiveView queryFn={queryFn} />, { onReauthenticate, supportUrl: '/help' });
    await userEvent.click(await screen.findByRole('button', { name: enText('action.switchAccount') }));
    expect(onReauthenticate).toHaveBeenCalledTimes(1);
    expect(await screen.findByText('Live view: live')).toBeInTheDocument();
  });

  it('"Use another account" that does not finish says so, keeps the screen and can start again', async () => {
    let rejectSignIn: (reason: unknown) => void = () => undefined;
    const onReauthenticate = vi
      .fn<() => Promise<void>>()
      .mockImplementationOnce(() => new Promise((_, reject) => (rejectSignIn = reject)))
      .mockResolvedValueOnce(undefined);
    const queryFn = failsOnce('NOT_AUTHORIZED');
    renderWithLuxxon(<LiveView queryFn={queryFn} />, { onReauthenticate });
    await userEvent.click(await screen.findByRole('button', { name: enText('action.switchAccount') }));
    const pending = await screen.findByRole('button', { name: enText('reLogin.pending') });
    expect(pending).toHaveAttribute('aria-busy', 'true');
    await userEvent.click(pending);
    expect(onReauthenticate).toHaveBeenCalledTimes(1);

    rejectSignIn(new Error('popup closed'));
    expect(await screen.findByText(enText('reLogin.failed'))).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent(enText('code.NOT_AUTHORIZED.title'));
    expect(queryFn).toHaveBeenCalledTimes(1);

    await userEvent.click(screen.getByRole('button', { name: enText('action.switchAccount') }));
    expect(await screen.findByText('Live view: live')).toBeInTheDocument();
    expect(onReauthenticate).toHaveBeenCalledTimes(2);
    expect(queryFn).toHaveBeenCalledTimes(2);
  });

  it('calls onReauthenticate within the click, so that a sign-in popup is not blocked', async () => {
    const onReauthenticate = vi.fn(() => new Promise<void>(() => undefined));
    renderWithLuxxon(<LiveView queryFn={failsOnce('NOT_OPERATOR')} />, { onReauthenticate });
    const button = await screen.findByRole('button', { name: enText('action.switchAccount') });
    fireEvent.click(button);
    expect(onReauthenticate).toHaveBeenCalledTimes(1);
  });

  it('links to support when configured, and offers no account switch without onReauthenticate', async () => {
    renderWithLuxxon(<LiveView queryFn={failsOnce('NOT_AUTHORIZED')} />, { supportUrl: '/help' });
    await screen.findByRole('alert');
    expect(screen.getByRole('link', { name: `${enText('action.contactSupport')} ${enText('newWindow')}` })).toHaveAttribute('href', '/help');
    expect(screen.queryByRole('button', { name: enText('action.switchAccount') })).toBeNull();
  });

  it('speaks Spanish', async () => {
    renderWithLuxxon(<LiveView queryFn={failsOnce('INSUFFICIENT_SCOPE')} />, { lng: 'es' });
    expect(await screen.findByRole('heading', { name: esText('code.INSUFFICIENT_SCOPE.title') })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: esText('action.retry') })).toBeInTheDocument();
  });

  it('leads with the action that can fix it: another account, else support; "Try again" second', async () => {
    // The actions in order, each as its visible, accessible text (without what is aria-hidden) and its rank.
    const ranks = (alert: HTMLElement) =>
      [...alert.querySelectorAll('a, button')].map((el) => {
        const copy = el.cloneNode(true) as Element;
        for (const hidden of copy.querySelectorAll('[aria-hidden="true"]')) hidden.remove();
        return [copy.textContent, el.className];
      });
    const withSignIn = renderWithLuxxon(<LiveView queryFn={failsOnce('NOT_AUTHORIZED')} />, { supportUrl: '/help', onReauthenticate: () => undefined });
    expect(ranks(await screen.findByRole('alert'))).toEqual([
      [enText('action.switchAccount'), 'lx-button lx-button--primary'],
      [enText('action.retry'), 'lx-button lx-button--secondary'],
      [`${enText('action.contactSupport')} ${enText('newWindow')}`, 'lx-button lx-button--tertiary'],
    ]);
    withSignIn.unmount();
    const supportOnly = renderWithLuxxon(<LiveView queryFn={failsOnce('NOT_AUTHORIZED')} />, { supportUrl: '/help' });
    expect(ranks(await screen.findByRole('alert'))).toEqual([
      [`${enText('action.contactSupport')} ${enText('newWindow')}`, 'lx-button lx-button--primary'],
      [enText('action.retry'), 'lx-button lx-button--secondary'],
    ]);
    supportOnly.unmount();
    renderWithLuxxon(<LiveView queryFn={failsOnce('NOT_AUTHORIZED')} />);
    expect(ranks(await screen.findByRole('alert'))).toEqual([[enText('action.retry'), 'lx-button lx-button--primary']]);
  });
});
