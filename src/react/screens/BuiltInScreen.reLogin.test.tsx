import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { failsOnce } from '../../../test/support/failsOnce';
import { LiveView } from '../../../test/support/LiveView';
import { enText, esText } from '../../../test/support/locale';
import { renderWithLuxxon } from '../../../test/support/renderWithLuxxon';

describe('the re-login screen', () => {
  it('calls onReauthenticate within the click, so that a sign-in popup is not blocked', async () => {
    const onReauthenticate = vi.fn(() => new Promise<void>(() => undefined));
    renderWithLuxxon(<LiveView queryFn={failsOnce('NOT_AUTHENTICATED')} />, { onReauthenticate });
    fireEvent.click(await screen.findByRole('button', { name: enText('action.signIn') }));
    expect(onReauthenticate).toHaveBeenCalledTimes(1);
  });

  it('runs onReauthenticate, shows it is waiting, then retries the original request once', async () => {
    let signedIn: () => void = () => undefined;
    const onReauthenticate = vi.fn(() => new Promise<void>((resolve) => (signedIn = resolve)));
    const queryFn = failsOnce('NOT_AUTHENTICATED');
    renderWithLuxxon(<LiveView queryFn={queryFn} />, { onReauthenticate });

    const button = await screen.findByRole('button', { name: enText('action.signIn') });
    await userEvent.click(button);
    expect(onReauthenticate).toHaveBeenCalledTimes(1);
    expect(button).toHaveTextContent(enText('reLogin.pending'));
    expect(button).toHaveAttribute('aria-disabled', 'true');
    expect(button).toHaveFocus();
    await userEvent.click(button);
    expect(onReauthenticate).toHaveBeenCalledTimes(1);
    expect(queryFn).toHaveBeenCalledTimes(1);

    await act(async () => signedIn());
    expect(await screen.findByText('Live view: live')).toBeInTheDocument();
    expect(queryFn).toHaveBeenCalledTimes(2);
  });

  it('is an alert with focus on its heading', async () => {
    renderWithLuxxon(<LiveView queryFn={failsOnce('NOT_AUTHENTICATED')} />, { onReauthenticate: () => undefined });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(enText('code.NOT_AUTHENTICATED.description'));
    await waitFor(() => expect(screen.getByRole('heading', { name: enText('code.NOT_AUTHENTICATED.title') })).toHaveFocus());
  });

  it('speaks Spanish', async () => {
    renderWithLuxxon(<LiveView queryFn={failsOnce('NOT_AUTHENTICATED')} />, { onReauthenticate: () => undefined, lng: 'es' });
    expect(await screen.findByRole('heading', { name: esText('code.NOT_AUTHENTICATED.title') })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: esText('action.signIn') })).toBeInTheDocument();
  });
});
