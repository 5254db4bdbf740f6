import { QueryClient } from '@tanstack/react-query';
import { act, fireEvent, screen } from '@testing-library/react';
import { describe, expect, it, vi, type Mock } from 'vitest';
import es from '../../../locales/es/luxxon.json';
import { createLuxxonI18n } from '../../i18n/luxxonI18n';
import { createLuxxonError } from '../../testing/createLuxxonError';
import { deferred } from '../../../test/support/deferred';
import { LiveView } from '../../../test/support/LiveView';
import { enText, esText } from '../../../test/support/locale';
import { operatorComesOnline } from '../../../test/support/operatorComesOnline';
import { renderWithLuxxon } from '../../../test/support/renderWithLuxxon';
import { setTabVisibility } from '../../../test/support/setTabVisibility';
import { tick } from '../../../test/support/tick';
import { useFakeTime } from '../../../test/support/useFakeTime';

/** A live view on NO_COVERAGE whose operator comes online after the first request, its screen up. */
async function showWaitingLiveView(): Promise<Mock> {
  const queryFn = operatorComesOnline(1);
  renderWithLuxxon(<LiveView queryFn={queryFn} />);
  await tick(0);
  return queryFn;
}

const expectLiveView = () => expect(screen.getByText('Live view: operator 7')).toBeInTheDocument();

/** Advances the fake clock by `ms`, then expects `count` requests in all so far. */
async function requestsAfter(ms: number, queryFn: Mock, count: number): Promise<void> {
  await tick(ms);
  expect(queryFn).toHaveBeenCalledTimes(count);
}

const countdown = (n: number) => (n === 1 ? enText('waiting.countdown_one') : enText('waiting.countdown_other')).replace('{{count}}', String(n));

describe('the waiting screen', () => {
  useFakeTime();

  it('is a polite status, not an alert, with a visible countdown', async () => {
    renderWithLuxxon(<LiveView queryFn={operatorComesOnline(1)} />);
    await tick(0);
    expect(screen.getByRole('status')).toHaveTextContent(enText('code.NO_COVERAGE.title'));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByText(countdown(2))).toBeInTheDocument();
    await tick(1000);
    expect(screen.getByText(countdown(1))).toBeInTheDocument();
  });

  it('checks again by itself with growing backoff and shows the content once an operator is online, without remounting', async () => {
    const queryFn = operatorComesOnline(2);
    renderWithLuxxon(<LiveView queryFn={queryFn} />);
    await tick(0);
    const heading = screen.getByRole('heading', { name: enText('code.NO_COVERAGE.title') });
    expect(queryFn).toHaveBeenCalledTimes(1);

    await requestsAfter(2000, queryFn, 2); // first automatic check: still no operator
    expect(screen.getByRole('heading', { name: enText('code.NO_COVERAGE.title') })).toBe(heading);
    expect(screen.getByText(countdown(4))).toBeInTheDocument();

    await requestsAfter(3999, queryFn, 2);
    await requestsAfter(1, queryFn, 3);
    expectLiveView();
  });

  it.each([
    // Back sooner than the 2 s countdown: it resumes where it was (paused, not restarted).
    { hidden: 1000, back: [[1000, 1], [1000, 2]] },
    // Back after longer than the countdown: the check is overdue, it checks at once (one request).
    { hidden: 60_000, back: [[0, 2]] },
  ] as const)('hidden for $hidden ms (paused, nothing sent), then back: requests at $back', async ({ hidden, back }) => {
    const queryFn = await showWaitingLiveView();
    setTabVisibility('hidden');
    expect(screen.getByText(enText('waiting.paused'))).toBeInTheDocument();
    await requestsAfter(hidden, queryFn, 1);
    setTabVisibility('visible');
    for (const [ms, count] of back) await requestsAfter(ms, queryFn, count);
    expectLiveView();
  });

  it('resumes the countdown where it was when the tab comes back sooner', async () => {
    await showWaitingLiveView();
    setTabVisibility('hidden');
    await tick(1000);
    setTabVisibility('visible');
    expect(screen.getByText(countdown(2))).toBeInTheDocument();
  });

  it('"Stop waiting" stops the checks until the user tries again', async () => {
    const queryFn = await showWaitingLiveView();
    fireEvent.click(screen.getByRole('button', { name: enText('action.cancel') }));
    expect(screen.getByText(enText('waiting.stopped'))).toBeInTheDocument();
    await requestsAfter(120_000, queryFn, 1);
    fireEvent.click(screen.getByRole('button', { name: enText('action.retry') }));
    await requestsAfter(0, queryFn, 2);
    expectLiveView();
  });

  it('"Check now" checks at once, and only once however often it is pressed', async () => {
    const check = deferred<string>();
    const queryFn = vi.fn(() => (queryFn.mock.calls.length === 1 ? Promise.reject(createLuxxonError('UNAVAILABLE')) : check.promise));
    renderWithLuxxon(<LiveView queryFn={queryFn} />);
    await tick(0);
    const checkNow = screen.getByRole('button', { name: enText('action.checkNow') });
    for (let i = 0; i < 10; i += 1) fireEvent.click(checkNow);
    await requestsAfter(0, queryFn, 2);
    expect(screen.getByText(enText('waiting.checking'))).toBeInTheDocument();
    await act(async () => check.resolve('operator 9'));
    await tick(0);
    expect(screen.getByText('Live view: operator 9')).toBeInTheDocument();
  });

  it('a check is one request, even for codes React Query itself retries', async () => {
    const queryFn = vi.fn(async (): Promise<string> => {
      throw createLuxxonError('UNAVAILABLE');
    });
    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: 3, retryDelay: 0, gcTime: Infinity } } });
    renderWithLuxxon(<LiveView queryFn={queryFn} />, { queryClient });
    for (let i = 0; i < 20 && screen.queryByRole('status') === null; i += 1) await tick(50);
    const before = queryFn.mock.calls.length;
    fireEvent.click(screen.getByRole('button', { name: enText('action.checkNow') }));
    for (let i = 0; i < 10; i += 1) await tick(0);
    expect(queryFn.mock.calls.length - before).toBe(1);
    expect(screen.getByRole('status')).toHaveTextContent(enText('code.UNAVAILABLE.title'));
    expect(screen.getByText(countdown(4))).toBeInTheDocument();
  });

  it('honours Retry-After for the first check', async () => {
    const queryFn = vi.fn(async () => {
      if (queryFn.mock.calls.length === 1) throw createLuxxonError('UNAVAILABLE', { retryAfterMs: 9000 });
      return 'ok';
    });
    renderWithLuxxon(<LiveView queryFn={queryFn} />);
    await tick(0);
    expect(screen.getByText(countdown(9))).toBeInTheDocument();
    await requestsAfter(8999, queryFn, 1);
    await requestsAfter(1, queryFn, 2);
  });

  it('switches screens when a check fails with another code', async () => {
    const queryFn = vi.fn(async () => {
      throw createLuxxonError(queryFn.mock.calls.length === 1 ? 'NO_COVERAGE' : 'INSUFFICIENT_CREDIT');
    });
    renderWithLuxxon(<LiveView queryFn={queryFn} />);
    await tick(0);
    await tick(2000);
    expect(screen.getByRole('alert')).toHaveTextContent(enText('code.INSUFFICIENT_CREDIT.title'));
  });

  it('speaks Spanish, with the plural the count needs', async () => {
    // Spanish loaded up front: this test is about plurals under fake timers, not about lazy loading.
    const i18n = createLuxxonI18n('es');
    i18n.addResourceBundle('es', 'luxxon', es);
    renderWithLuxxon(<LiveView queryFn={operatorComesOnline(1)} />, { i18n });
    await tick(0);
    expect(screen.getByRole('heading')).toHaveTextContent(esText('code.NO_COVERAGE.title'));
    expect(screen.getByText(esText('waiting.countdown_other').replace('{{count}}', '2'))).toBeInTheDocument();
    await tick(1000);
    expect(screen.getByText(esText('waiting.countdown_one').replace('{{count}}', '1'))).toBeInTheDocument();
  });

  it('leaves no timer behind when unmounted mid-countdown', async () => {
    const { unmount, queryClient } = renderWithLuxxon(<LiveView queryFn={operatorComesOnline(5)} />);
    await tick(0);
    await tick(500);
    expect(vi.getTimerCount()).toBeGreaterThan(0);
    const errors = vi.spyOn(console, 'error');
    unmount();
    queryClient.clear();
    await tick(0); // React Query's own zero-delay notifications
    expect(vi.getTimerCount()).toBe(0);
    await tick(10_000);
    expect(errors).not.toHaveBeenCalled();
  });
});
