import { useState } from 'react';
import { act, fireEvent, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { waitingDelay } from '../../core/recovery/waitingDelay';
import { createLuxxonError } from '../../testing/createLuxxonError';
import { enText } from '../../../test/support/locale';
import { renderWithLuxxon } from '../../../test/support/renderWithLuxxon';
import { tick } from '../../../test/support/tick';
import { useFakeTime } from '../../../test/support/useFakeTime';
import type { CheckOutcome, LuxxonScreens } from './LuxxonScreenProps';
import { LuxxonErrorScreen } from './LuxxonErrorScreen';

// Issue 12: a view outside any boundary (a failed mutation) never sticks, throws or crashes the app.
useFakeTime();
const countdown = (seconds: number) => enText('waiting.countdown', { count: seconds });

describe('LuxxonErrorScreen outside a boundary', () => {
  it('without onCheck, "Check now" runs onRetry and goes back to counting down, never stuck on "Checking…"', async () => {
    const onRetry = vi.fn();
    renderWithLuxxon(<LuxxonErrorScreen error={createLuxxonError('NO_COVERAGE')} onRetry={onRetry} />);
    await tick(0);
    fireEvent.click(screen.getByRole('button', { name: enText('action.checkNow') }));
    await tick(0);
    expect(onRetry).toHaveBeenCalledTimes(1);
    expect(screen.queryByText(enText('waiting.checking'))).toBeNull();
    expect(screen.getByText(countdown(waitingDelay(1, { random: () => 0 }) / 1000))).toBeInTheDocument();
  });

  it('an onCheck that answers { error } shows that newer error until its owner gives another', async () => {
    const onCheck = vi.fn(async () => ({ error: createLuxxonError('NO_CREDIT') }));
    const given = createLuxxonError('NO_COVERAGE');
    let setError: (error: unknown) => void = () => undefined;
    function Owner() {
      const [error, set] = useState<unknown>(given);
      setError = set;
      return <LuxxonErrorScreen error={error} onRetry={() => undefined} onCheck={onCheck} />;
    }
    renderWithLuxxon(<Owner />);
    await tick(0);
    fireEvent.click(screen.getByRole('button', { name: enText('action.checkNow') }));
    await tick(0);
    expect(onCheck).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('heading', { name: enText('code.NO_CREDIT.title') })).toBeInTheDocument();
    act(() => setError(createLuxxonError('NOT_FOUND')));
    expect(screen.getByRole('heading', { name: enText('code.NOT_FOUND.title') })).toBeInTheDocument();
  });

  it.each([
    ['returns no promise', () => undefined as unknown as Promise<CheckOutcome>],
    ['throws', () => { throw new Error('check blew up'); }],
    ['rejects', () => Promise.reject(new Error('check rejected'))],
    ['resolves something else', () => Promise.resolve('maybe' as CheckOutcome)],
  ])('an onCheck that %s counts as a failed check: no unhandled rejection, back to counting', async (_, onCheck) => {
    const unhandled = vi.fn();
    process.on('unhandledRejection', unhandled);
    try {
      renderWithLuxxon(<LuxxonErrorScreen error={createLuxxonError('UNAVAILABLE')} onRetry={() => undefined} onCheck={onCheck} />);
      await tick(0);
      fireEvent.click(screen.getByRole('button', { name: enText('action.checkNow') }));
      await tick(0);
      expect(screen.getByText(countdown(waitingDelay(1, { random: () => 0 }) / 1000))).toBeInTheDocument();
      expect(unhandled).not.toHaveBeenCalled();
    } finally {
      process.off('unhandledRejection', unhandled);
    }
  });

  it('a custom screen that throws falls back to the built-in screen instead of crashing the app', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const screens: LuxxonScreens = {
      'top-up': () => {
        throw new Error('custom screen bug');
      },
    };
    renderWithLuxxon(
      <>
        <p>The rest of the app</p>
        <LuxxonErrorScreen error={createLuxxonError('NO_CREDIT')} onRetry={() => undefined} screens={screens} />
      </>,
    );
    expect(screen.getByText('The rest of the app')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: enText('code.NO_CREDIT.title') })).toBeInTheDocument();
  });

  it('a sign-in that never settles offers, after a minute, to cancel; pressing the button again starts a new one', async () => {
    const onReauthenticate = vi.fn(() => new Promise<void>(() => undefined));
    renderWithLuxxon(<LuxxonErrorScreen error={createLuxxonError('NOT_AUTHENTICATED')} onRetry={() => undefined} />, { onReauthenticate });
    await tick(0);
    fireEvent.click(screen.getByRole('button', { name: enText('action.signIn') }));
    expect(screen.queryByText(enText('reLogin.stalled'))).toBeNull();
    await tick(60_000);
    expect(screen.getByText(enText('reLogin.stalled'))).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: enText('action.signIn') }));
    expect(onReauthenticate).toHaveBeenCalledTimes(2);
    await tick(60_000);
    act(() => fireEvent.click(screen.getByRole('button', { name: enText('action.cancelSignIn') })));
    expect(screen.queryByText(enText('reLogin.stalled'))).toBeNull();
    expect(screen.getByRole('button', { name: enText('action.signIn') })).toHaveAttribute('aria-disabled', 'false');
  });
});
