import { Suspense } from 'react';
import { QueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { luxxonRetry, luxxonRetryDelay } from '../../core/recovery/retryPolicy';
import { waitingDelay } from '../../core/recovery/waitingDelay';
import { createLuxxonError } from '../../testing/createLuxxonError';
import { renderWithLuxxon } from '../../../test/support/renderWithLuxxon';
import { tick } from '../../../test/support/tick';
import { LuxxonErrorBoundary } from '../boundary/LuxxonErrorBoundary';

// Issue 12, "a storm when two boundaries show the same failed query": a header badge and a page on
// one query, while the API keeps answering with a waiting code.

function View({ queryFn, label }: { queryFn: () => Promise<string>; label: string }) {
  const { data } = useSuspenseQuery({ queryKey: ['live-view'], queryFn });
  return <p>{`${label}: ${data}`}</p>;
}

function Page({ queryFn, boundaries }: { queryFn: () => Promise<string>; boundaries: number }) {
  return (
    <>
      {Array.from({ length: boundaries }, (_, i) => (
        <LuxxonErrorBoundary key={i}>
          <Suspense fallback={<p>Loading…</p>}>
            <View queryFn={queryFn} label={`view ${i}`} />
          </Suspense>
        </LuxxonErrorBoundary>
      ))}
    </>
  );
}

/** Request times over `ms` of fake time, for `boundaries` boundaries on one always-failing query. */
async function requestTimes(boundaries: number, ms: number): Promise<number[]> {
  const times: number[] = [];
  const queryFn = vi.fn(async () => {
    times.push(Date.now());
    throw createLuxxonError('NO_COVERAGE');
  });
  const { unmount } = renderWithLuxxon(<Page queryFn={queryFn} boundaries={boundaries} />);
  await tick(ms);
  unmount();
  return times;
}

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('no storm between boundaries on one query', () => {
  it('two boundaries on one failing query send no more than one alone over 5 simulated minutes, with growing gaps', async () => {
    vi.useFakeTimers();
    vi.spyOn(Math, 'random').mockReturnValue(0);
    const alone = await requestTimes(1, 5 * 60_000);
    const two = await requestTimes(2, 5 * 60_000);
    // Before the fix: 150 requests, a fixed 2 s apart; one boundary alone sent 14.
    expect(two.length).toBeLessThanOrEqual(alone.length);
    const gaps = two.slice(1).map((t, i) => t - two[i]!);
    for (let i = 1; i < gaps.length; i += 1) expect(gaps[i]).toBeGreaterThanOrEqual(gaps[i - 1]!);
    expect(gaps.at(-1)).toBeGreaterThanOrEqual(waitingDelay(5, { random: () => 0 }));
    expect(screen.queryByText(/view \d: /)).toBeNull();
  });

  it('with React Query retries on, over 20 s of real time: UNAVAILABLE is retried by the policy, then checked on the shared countdown, never reset into a loop', async () => {
    const times: number[] = [];
    const queryFn = vi.fn(async () => {
      times.push(Date.now());
      throw createLuxxonError('UNAVAILABLE');
    });
    // The kit's policy, with its real delays, on a client as an app sets it up.
    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: luxxonRetry, retryDelay: luxxonRetryDelay, gcTime: Infinity } } });
    const { unmount } = renderWithLuxxon(<Page queryFn={queryFn} boundaries={2} />, { queryClient });
    await new Promise((resolve) => setTimeout(resolve, 20_000));
    const headings = screen.getAllByRole('heading');
    unmount();
    // Before the fix: 24 requests in 20 s, the screens flipping between the error and "Loading…".
    // Now: 1 + 3 policy retries (at most 1 + 2 + 4 s apart), then the shared checks (2 s, 4 s, 8 s…).
    expect(times.length).toBeLessThanOrEqual(8);
    expect(headings).toHaveLength(2);
  }, 30_000);
});
