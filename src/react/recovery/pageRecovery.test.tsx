import { Suspense } from 'react';
import { useSuspenseQuery } from '@tanstack/react-query';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { QueryClientProvider } from '@tanstack/react-query';
import { describe, expect, it, vi } from 'vitest';
import { waitingDelay } from '../../core/recovery/waitingDelay';
import { createLuxxonError } from '../../testing/createLuxxonError';
import { failsTimes } from '../../../test/support/failsOnce';
import { enText } from '../../../test/support/locale';
import { createTestQueryClient, renderWithLuxxon } from '../../../test/support/renderWithLuxxon';
import { setTabVisibility } from '../../../test/support/setTabVisibility';
import { tick } from '../../../test/support/tick';
import { useFakeTime } from '../../../test/support/useFakeTime';
import { LuxxonErrorBoundary } from '../boundary/LuxxonErrorBoundary';
import { LuxxonProvider } from '../provider/LuxxonProvider';
import { useLuxxonRecovery } from './useLuxxonRecovery';

// Several boundaries on one page, recovering together (issue 11). Fake timers; Math.random at 0.
useFakeTime();
const delay = (attempt: number) => waitingDelay(attempt, { random: () => 0 });

function Widget({ name, queryFn }: { name: string; queryFn: () => Promise<string> }) {
  const { data } = useSuspenseQuery({ queryKey: [name], queryFn });
  return <p>{`${name}: ${data}`}</p>;
}

function Boundary({ name, queryFn }: { name: string; queryFn: () => Promise<string> }) {
  return (
    <LuxxonErrorBoundary>
      <Suspense fallback={<p>Loading {name}</p>}>
        <Widget name={name} queryFn={queryFn} />
      </Suspense>
    </LuxxonErrorBoundary>
  );
}

const calls = (fns: readonly { mock: { calls: unknown[] } }[]) => fns.reduce((n, f) => n + f.mock.calls.length, 0);
const names = (n: number) => Array.from({ length: n }, (_, i) => `widget-${i}`);

describe('one recovery for the whole page', () => {
  it('3 boundaries on NOT_AUTHENTICATED: one onReauthenticate, then each failed query fetched exactly once', async () => {
    let signedIn: () => void = () => undefined;
    const onReauthenticate = vi.fn(() => new Promise<void>((resolve) => (signedIn = resolve)));
    const fns = names(3).map((name) => failsTimes(1, 'NOT_AUTHENTICATED', name));
    renderWithLuxxon(<>{names(3).map((name, i) => <Boundary key={name} name={name} queryFn={fns[i]!} />)}</>, { onReauthenticate });
    await tick(0);
    const buttons = screen.getAllByRole('button', { name: enText('action.signIn') });
    expect(buttons).toHaveLength(3);
    for (const button of buttons) fireEvent.click(button);
    expect(onReauthenticate).toHaveBeenCalledTimes(1);
    await act(async () => signedIn());
    await tick(0);
    for (const name of names(3)) expect(screen.getByText(`${name}: ${name}`)).toBeInTheDocument();
    for (const fn of fns) expect(fn).toHaveBeenCalledTimes(2);
  });

  it('5 waiting boundaries on NO_COVERAGE: one request per shared check while down, then one per query on recovery', async () => {
    let down = true;
    const fns = names(5).map((name) =>
      vi.fn(async () => {
        if (down) throw createLuxxonError('NO_COVERAGE');
        return name;
      }),
    );
    renderWithLuxxon(<>{names(5).map((name, i) => <Boundary key={name} name={name} queryFn={fns[i]!} />)}</>);
    await tick(0);
    expect(calls(fns)).toBe(5);
    // The countdowns agree.
    expect(new Set(screen.getAllByRole('status').map((s) => s.querySelector('.lx-error__note')?.textContent)).size).toBe(1);
    await tick(delay(0));
    expect(calls(fns)).toBe(6);
    await tick(delay(1));
    expect(calls(fns)).toBe(7);
    down = false;
    await tick(delay(2));
    expect(calls(fns)).toBe(12);
    for (const name of names(5)) expect(screen.getByText(`${name}: ${name}`)).toBeInTheDocument();
    await tick(120_000);
    expect(calls(fns)).toBe(12);
  });

  it('"Check now" on any waiting boundary checks for all of them', async () => {
    const fns = names(3).map((name) => failsTimes(2, 'NO_COVERAGE', name));
    renderWithLuxxon(<>{names(3).map((name, i) => <Boundary key={name} name={name} queryFn={fns[i]!} />)}</>);
    await tick(0);
    fireEvent.click(screen.getAllByRole('button', { name: enText('action.checkNow') })[2]!);
    await tick(0);
    expect(calls(fns)).toBe(4);
  });

  it('offline: nothing is sent until the online event, then one probe', async () => {
    const onLine = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    const fns = names(3).map((name) => failsTimes(1, 'NETWORK_ERROR', name));
    renderWithLuxxon(<>{names(3).map((name, i) => <Boundary key={name} name={name} queryFn={fns[i]!} />)}</>);
    await tick(0);
    expect(screen.getAllByRole('heading', { name: enText('offline.title') })).toHaveLength(3);
    expect(screen.getAllByText(enText('waiting.offline'))).toHaveLength(3);
    fireEvent.click(screen.getAllByRole('button', { name: enText('action.checkNow') })[0]!);
    await tick(10 * 60_000);
    expect(calls(fns)).toBe(3);
    onLine.mockReturnValue(true);
    const probe = vi.fn();
    fns[0]!.mockImplementationOnce(async () => {
      probe();
      throw createLuxxonError('NETWORK_ERROR');
    });
    act(() => {
      window.dispatchEvent(new Event('online'));
    });
    await tick(0);
    expect(probe).toHaveBeenCalledTimes(1);
    expect(calls(fns)).toBe(4);
  });

  // Two credit screens recover together, whichever says the user has paid: one request per credit query.
  const CREDIT_RECOVERIES = [
    {
      title: 'back from the top-up tab: one request per credit query',
      codes: ['NO_CREDIT', 'INSUFFICIENT_CREDIT'],
      paid: () => {
        fireEvent.click(screen.getAllByRole('link', { name: new RegExp(enText('action.topUp')) })[0]!);
        setTabVisibility('hidden');
        setTabVisibility('visible');
      },
    },
    {
      title: '"I\'ve topped up" on one credit screen retries every credit screen',
      codes: ['NO_CREDIT', 'NO_CREDIT'],
      paid: () => fireEvent.click(screen.getAllByRole('button', { name: enText('action.toppedUp') })[1]!),
    },
  ] as const;

  for (const { title, codes, paid } of CREDIT_RECOVERIES) {
    it(title, async () => {
      const fns = [failsTimes(1, codes[0], 'a'), failsTimes(1, codes[1], 'b')];
      renderWithLuxxon(
        <>
          <Boundary name="a" queryFn={fns[0]!} />
          <Boundary name="b" queryFn={fns[1]!} />
        </>,
        { topUpUrl: '/billing' },
      );
      await tick(0);
      paid();
      await tick(0);
      expect(screen.getByText('a: a')).toBeInTheDocument();
      expect(screen.getByText('b: b')).toBeInTheDocument();
      expect(calls(fns)).toBe(4);
    });
  }

  it('unmounting the leader hands the probe to another boundary', async () => {
    const fns = [failsTimes(9, 'NO_COVERAGE', 'a'), failsTimes(9, 'NO_COVERAGE', 'b')];
    const { rerender, queryClient } = renderWithLuxxon(
      <>
        <Boundary name="a" queryFn={fns[0]!} />
        <Boundary name="b" queryFn={fns[1]!} />
      </>,
    );
    await tick(0);
    rerender(
      <QueryClientProvider client={queryClient}>
        <LuxxonProvider lng="en">
          <></>
          <Boundary name="b" queryFn={fns[1]!} />
        </LuxxonProvider>
      </QueryClientProvider>,
    );
    await tick(delay(0));
    expect(fns[0]).toHaveBeenCalledTimes(1);
    expect(fns[1]).toHaveBeenCalledTimes(2);
  });

  it('two providers on one page stay independent', async () => {
    const onReauthenticate = vi.fn(() => new Promise<void>(() => undefined));
    const page = (name: string, queryFn: () => Promise<string>) => (
      <QueryClientProvider client={createTestQueryClient()}>
        <LuxxonProvider lng="en" onReauthenticate={onReauthenticate}>
          <Boundary name={name} queryFn={queryFn} />
        </LuxxonProvider>
      </QueryClientProvider>
    );
    render(
      <>
        {page('a', failsTimes(1, 'NOT_AUTHENTICATED'))}
        {page('b', failsTimes(1, 'NOT_AUTHENTICATED'))}
      </>,
      { onCaughtError: () => undefined },
    );
    await tick(0);
    for (const button of screen.getAllByRole('button', { name: enText('action.signIn') })) fireEvent.click(button);
    expect(onReauthenticate).toHaveBeenCalledTimes(2);
  });

  it('useLuxxonRecovery tells app code when the page signed in again', async () => {
    const onReauthenticate = vi.fn(async () => undefined);
    const events: unknown[] = [];
    function Socket() {
      useLuxxonRecovery((event) => events.push(event));
      return null;
    }
    renderWithLuxxon(
      <>
        <Socket />
        <Boundary name="a" queryFn={failsTimes(1, 'NOT_AUTHENTICATED')} />
      </>,
      { onReauthenticate },
    );
    await tick(0);
    fireEvent.click(screen.getByRole('button', { name: enText('action.signIn') }));
    await tick(0);
    expect(events).toEqual([{ type: 'signed-in' }]);
  });
});
