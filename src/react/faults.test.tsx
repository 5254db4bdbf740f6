import { act, fireEvent, screen } from '@testing-library/react';
import { QueryClient } from '@tanstack/react-query';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { LuxxonError } from '../core/errors/LuxxonError';
import { luxxonRetry, luxxonRetryDelay } from '../core/recovery/retryPolicy';
import { createLuxxonError } from '../testing/createLuxxonError';
import { deferred } from '../../test/support/deferred';
import { consoleErrorsBesidesCaught } from '../../test/support/reactLogs';
import { failsOnce } from '../../test/support/failsOnce';
import { LiveView } from '../../test/support/LiveView';
import { enText } from '../../test/support/locale';
import { renderWithLuxxon } from '../../test/support/renderWithLuxxon';
import { tick } from '../../test/support/tick';
import { useFakeTime } from '../../test/support/useFakeTime';
import type { CheckOutcome, LuxxonScreens } from './screens/LuxxonScreenProps';

describe('faults', () => {
  let consoleError: ReturnType<typeof vi.spyOn>;
  useFakeTime();
  beforeEach(() => {
    consoleError = vi.spyOn(console, 'error');
  });

  describe('unmounting', () => {
    it('during a countdown leaves no timer, no update and no warning', async () => {
      const queryFn = vi.fn(async (): Promise<string> => {
        throw createLuxxonError('NO_COVERAGE');
      });
      const { unmount, queryClient } = renderWithLuxxon(<LiveView queryFn={queryFn} />);
      await tick(1500);
      expect(screen.getByRole('status')).toBeInTheDocument();
      unmount();
      queryClient.clear();
      await tick(0);
      expect(vi.getTimerCount()).toBe(0);
      await tick(120_000);
      expect(queryFn).toHaveBeenCalledTimes(1);
      expect(consoleErrorsBesidesCaught(consoleError.mock.calls)).toEqual([]);
    });

    it('while a check is in flight: its late answer updates nothing', async () => {
      const check = deferred<string>();
      const queryFn = vi.fn((): Promise<string> => (queryFn.mock.calls.length === 1 ? Promise.reject(createLuxxonError('UNAVAILABLE')) : check.promise));
      const { unmount, queryClient } = renderWithLuxxon(<LiveView queryFn={queryFn} />);
      await tick(0);
      fireEvent.click(screen.getByRole('button', { name: enText('action.checkNow') }));
      await tick(0);
      expect(screen.getByText(enText('waiting.checking'))).toBeInTheDocument();
      unmount();
      await act(async () => check.reject(createLuxxonError('UNAVAILABLE')));
      queryClient.clear();
      await tick(60_000);
      expect(vi.getTimerCount()).toBe(0);
      expect(queryFn).toHaveBeenCalledTimes(2);
      expect(consoleErrorsBesidesCaught(consoleError.mock.calls)).toEqual([]);
    });

    it('while onReauthenticate is pending: its late rejection updates nothing', async () => {
      const signIn = deferred<void>();
      const { unmount } = renderWithLuxxon(<LiveView queryFn={failsOnce('NOT_AUTHENTICATED')} />, { onReauthenticate: () => signIn.promise });
      await tick(0);
      fireEvent.click(screen.getByRole('button', { name: enText('action.signIn') }));
      unmount();
      await act(async () => signIn.reject(new Error('popup closed')));
      await tick(1000);
      expect(consoleErrorsBesidesCaught(consoleError.mock.calls)).toEqual([]);
    });
  });

  describe('onReauthenticate that fails', () => {
    it.each<[string, () => unknown]>([
      ['rejects', () => Promise.reject(new Error('The user closed the sign-in window'))],
      [
        'throws',
        () => {
          throw new Error('auth SDK not loaded');
        },
      ],
    ])('%s: "Sign-in didn\'t finish", and the button tries again', async (_, failure) => {
      const onReauthenticate = vi.fn(failure);
      const queryFn = failsOnce('NOT_AUTHENTICATED');
      renderWithLuxxon(<LiveView queryFn={queryFn} />, { onReauthenticate });
      await tick(0);
      const button = screen.getByRole('button', { name: enText('action.signIn') });
      fireEvent.click(button);
      await tick(0);
      expect(screen.getByText(enText('reLogin.failed'))).toBeInTheDocument();
      expect(button).toHaveAttribute('aria-disabled', 'false');
      expect(queryFn).toHaveBeenCalledTimes(1);

      onReauthenticate.mockImplementation(async () => undefined);
      fireEvent.click(screen.getByRole('button', { name: enText('action.signIn') }));
      await tick(0);
      expect(onReauthenticate).toHaveBeenCalledTimes(2);
      expect(screen.getByText('Live view: live')).toBeInTheDocument();
      expect(queryFn).toHaveBeenCalledTimes(2);
    });
  });

  describe('no retry storm', () => {
    it('one check in flight per boundary: ten parallel check() calls make one request', async () => {
      const check = deferred<string>();
      const queryFn = vi.fn((): Promise<string> => (queryFn.mock.calls.length === 1 ? Promise.reject(createLuxxonError('NO_COVERAGE')) : check.promise));
      let outcomes: Promise<CheckOutcome[]> | undefined;
      const screens: LuxxonScreens = {
        waiting: ({ check }) => (
          <button type="button" onClick={() => (outcomes = Promise.all(Array.from({ length: 10 }, () => check())))}>
            Check ten times
          </button>
        ),
      };
      renderWithLuxxon(<LiveView queryFn={queryFn} screens={screens} />);
      await tick(0);
      fireEvent.click(screen.getByRole('button', { name: 'Check ten times' }));
      await tick(0);
      expect(queryFn).toHaveBeenCalledTimes(2);
      await act(async () => check.resolve('operator 3'));
      expect(await outcomes).toEqual(Array.from({ length: 10 }, () => 'recovered'));
      expect(screen.getByText('Live view: operator 3')).toBeInTheDocument();
      expect(queryFn).toHaveBeenCalledTimes(2);
    });

    it('"Check now" pressed during a check, and the countdown ending during it, add no request', async () => {
      const check = deferred<string>();
      const queryFn = vi.fn((): Promise<string> => (queryFn.mock.calls.length === 1 ? Promise.reject(createLuxxonError('UNAVAILABLE')) : check.promise));
      renderWithLuxxon(<LiveView queryFn={queryFn} />);
      await tick(1999); // one millisecond before the automatic check
      for (let i = 0; i < 10; i += 1) fireEvent.click(screen.getByRole('button', { name: enText('action.checkNow') }));
      await tick(30_000);
      for (let i = 0; i < 10; i += 1) fireEvent.click(screen.getByRole('button', { name: enText('action.checkNow') }));
      await tick(0);
      expect(queryFn).toHaveBeenCalledTimes(2);
    });

    it('a server that never recovers gets checks at growing intervals, never closer than the first', async () => {
      const at: number[] = [];
      const queryFn = vi.fn(async (): Promise<string> => {
        at.push(Date.now());
        throw createLuxxonError('NO_COVERAGE');
      });
      renderWithLuxxon(<LiveView queryFn={queryFn} />);
      await tick(10 * 60_000);
      const gaps = at.slice(1).map((t, i) => t - (at[i] ?? t));
      // Equal jitter at its low end (random() = 0): at least 2 s, 4 s, 8 s, 16 s, then 30 s (half the 60 s cap) each.
      const floors = [2000, 4000, 8000, 16_000];
      expect(gaps.length).toBeGreaterThanOrEqual(10);
      for (const [i, gap] of gaps.entries()) expect(gap).toBeGreaterThanOrEqual(floors[i] ?? 30_000);
      expect(queryFn.mock.calls.length).toBeLessThanOrEqual(1 + 4 + Math.floor((10 * 60_000 - 30_000) / 30_000));
    });

    it("the kit's retry policy retries a transient failure at most 3 times before the screen shows, with backoff", async () => {
      const at: number[] = [];
      const queryFn = vi.fn(async (): Promise<string> => {
        at.push(Date.now());
        throw createLuxxonError('INTERNAL_SERVER_ERROR');
      });
      const queryClient = new QueryClient({ defaultOptions: { queries: { retry: luxxonRetry, retryDelay: luxxonRetryDelay, gcTime: Infinity } } });
      renderWithLuxxon(<LiveView queryFn={queryFn} />, { queryClient });
      await tick(5 * 60_000);
      expect(screen.getByRole('heading', { name: enText('code.INTERNAL_SERVER_ERROR.title') })).toBeInTheDocument();
      expect(queryFn).toHaveBeenCalledTimes(4);
      // Full jitter under a doubling ceiling: at most 1 s, 2 s, 4 s.
      const gaps = at.slice(1).map((t, i) => t - (at[i] ?? t));
      expect(gaps).toHaveLength(3);
      for (const [i, gap] of gaps.entries()) expect(gap).toBeLessThanOrEqual(1000 * 2 ** i);
    });

    it('a NaN Retry-After from app code still gives a real countdown and a check', async () => {
      const queryFn = vi.fn(async () => {
        if (queryFn.mock.calls.length === 1) throw new LuxxonError({ code: 'UNAVAILABLE', retryAfterMs: Number('Wed, 21 Oct 2026') * 1000 });
        return 'operator 1';
      });
      renderWithLuxxon(<LiveView queryFn={queryFn} />);
      await tick(0);
      expect(screen.getByText(enText('waiting.countdown_other').replace('{{count}}', '2'))).toBeInTheDocument();
      await tick(2000);
      expect(screen.getByText('Live view: operator 1')).toBeInTheDocument();
    });
  });
});
