import { Fragment, StrictMode, Suspense, useState } from 'react';
import { QueryErrorResetBoundary, useQuery, useSuspenseQuery } from '@tanstack/react-query';
import { act, fireEvent, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { waitingDelay } from '../../core/recovery/waitingDelay';
import { failsTimes } from '../../../test/support/failsOnce';
import { enText } from '../../../test/support/locale';
import { renderWithLuxxon } from '../../../test/support/renderWithLuxxon';
import { tick } from '../../../test/support/tick';
import { useFakeTime } from '../../../test/support/useFakeTime';
import type { LuxxonScreens } from '../screens/LuxxonScreenProps';
import { LuxxonErrorBoundary } from './LuxxonErrorBoundary';
import { useLuxxonErrorBoundary } from './useLuxxonErrorBoundary';

// Tests modelled on TanStack Query #2712, #1863, #7465 and the route switch of PR #10921: each
// counts queryFn calls. Fake timers; Math.random at 0 gives the shortest waiting countdowns.
const firstCheck = waitingDelay(0, { random: () => 0 });

type Mode = 'useSuspenseQuery' | 'useQuery';

function Data({ mode, name, queryFn }: { mode: Mode; name: string; queryFn: () => Promise<string> }) {
  const options = { queryKey: [name], queryFn };
  const data = mode === 'useSuspenseQuery' ? useSuspenseQuery(options).data : useQuery({ ...options, throwOnError: true }).data;
  return <p>{data === undefined ? `Loading ${name}` : `${name}: ${data}`}</p>;
}

function Page({ mode, names, queryFns }: { mode: Mode; names: string[]; queryFns: Record<string, () => Promise<string>> }) {
  return (
    <LuxxonErrorBoundary>
      <Suspense fallback={<p>Loading…</p>}>
        {names.map((name) => (
          <Data key={name} mode={mode} name={name} queryFn={queryFns[name]!} />
        ))}
      </Suspense>
    </LuxxonErrorBoundary>
  );
}

function Router({ pages }: { pages: Record<string, React.ReactNode> }) {
  const [route, setRoute] = useState(Object.keys(pages)[0]!);
  return (
    <>
      {Object.keys(pages).map((name) => (
        <button key={name} type="button" onClick={() => setRoute(name)}>
          Go to {name}
        </button>
      ))}
      <Fragment key={route}>{pages[route]}</Fragment>
    </>
  );
}

const go = (page: string) => act(() => fireEvent.click(screen.getByRole('button', { name: `Go to ${page}` })));

/** The failed page A renders its screen, the user goes to B and straight back to A. */
async function leaveAndComeBack() {
  await tick(0);
  go('B');
  go('A');
  await tick(0);
}

useFakeTime();

describe.each<Mode>(['useSuspenseQuery', 'useQuery'])('recovery in real apps, with %s', (mode) => {
  it.each([
    ['without a query on B', false],
    ['with a query on B', true],
  ])('route switch A → B → A %s fetches A again exactly once and shows its content', async (_, bHasQuery) => {
    const a = failsTimes(1, 'INTERNAL_SERVER_ERROR', 'frame #1');
    const b = vi.fn(async () => 'ok');
    renderWithLuxxon(<Router pages={{ A: <Page mode={mode} names={['a']} queryFns={{ a }} />, B: bHasQuery ? <Page mode={mode} names={['b']} queryFns={{ b }} /> : <p>Page B</p> }} />);
    await tick(0);
    expect(screen.getByRole('heading', { name: enText('code.INTERNAL_SERVER_ERROR.title') })).toBeInTheDocument();
    go('B');
    await tick(0);
    go('A');
    await tick(0);
    expect(screen.getByText('a: frame #1')).toBeInTheDocument();
    expect(a).toHaveBeenCalledTimes(2);
    expect(b).toHaveBeenCalledTimes(bHasQuery ? 1 : 0);
  });

  it('resetKeys a → b → a fetches a again', async () => {
    const queryFns = { a: failsTimes(1, 'INVALID_INPUT', 'A'), b: vi.fn(async () => 'B') };
    function Form() {
      const [key, setKey] = useState<'a' | 'b'>('a');
      return (
        <>
          <button type="button" onClick={() => setKey(key === 'a' ? 'b' : 'a')}>
            Switch
          </button>
          <LuxxonErrorBoundary resetKeys={[key]}>
            <Suspense fallback={<p>Loading…</p>}>
              <Data mode={mode} name={key} queryFn={queryFns[key]} />
            </Suspense>
          </LuxxonErrorBoundary>
        </>
      );
    }
    renderWithLuxxon(<Form />);
    await tick(0);
    expect(screen.getByRole('heading', { name: enText('code.INVALID_INPUT.title') })).toBeInTheDocument();
    act(() => fireEvent.click(screen.getByRole('button', { name: 'Switch' })));
    await tick(0);
    expect(screen.getByText('b: B')).toBeInTheDocument();
    act(() => fireEvent.click(screen.getByRole('button', { name: 'Switch' })));
    await tick(0);
    expect(screen.getByText('a: A')).toBeInTheDocument();
    expect(queryFns.a).toHaveBeenCalledTimes(2);
    expect(queryFns.b).toHaveBeenCalledTimes(1);
  });

  it('two failed queries under one waiting boundary: one check is one request each, then the content, then nothing', async () => {
    const queryFns = { first: failsTimes(1, 'NO_COVERAGE', '1'), second: failsTimes(1, 'NO_COVERAGE', '2') };
    renderWithLuxxon(<Page mode={mode} names={['first', 'second']} queryFns={queryFns} />);
    await tick(0);
    expect(screen.getByRole('heading', { name: enText('code.NO_COVERAGE.title') })).toBeInTheDocument();
    expect(queryFns.first).toHaveBeenCalledTimes(1);
    expect(queryFns.second).toHaveBeenCalledTimes(1);
    act(() => fireEvent.click(screen.getByRole('button', { name: enText('action.checkNow') })));
    await tick(0);
    expect(screen.getByText('first: 1')).toBeInTheDocument();
    expect(screen.getByText('second: 2')).toBeInTheDocument();
    await tick(60_000);
    expect(queryFns.first).toHaveBeenCalledTimes(2);
    expect(queryFns.second).toHaveBeenCalledTimes(2);
  });

  it('recovers from NO_COVERAGE by itself in exactly 2 requests in total', async () => {
    const queryFn = failsTimes(1, 'NO_COVERAGE', 'operator 7');
    renderWithLuxxon(<Page mode={mode} names={['live']} queryFns={{ live: queryFn }} />);
    await tick(0);
    expect(screen.getByRole('heading', { name: enText('code.NO_COVERAGE.title') })).toBeInTheDocument();
    await tick(firstCheck);
    expect(screen.getByText('live: operator 7')).toBeInTheDocument();
    await tick(60_000);
    expect(queryFn).toHaveBeenCalledTimes(2);
  });
});

describe('recovery in real apps: boundaries, providers and modes', () => {
  it('an inner boundary\'s recovery never touches the outer boundary\'s queries', async () => {
    const outer = vi.fn(async () => 'outer data');
    const inner = failsTimes(1, 'INTERNAL_SERVER_ERROR', 'inner data');
    renderWithLuxxon(
      <LuxxonErrorBoundary>
        <Suspense fallback={<p>Loading…</p>}>
          <Data mode="useQuery" name="outer" queryFn={outer} />
          <Page mode="useSuspenseQuery" names={['inner']} queryFns={{ inner }} />
        </Suspense>
      </LuxxonErrorBoundary>,
    );
    await tick(0);
    act(() => fireEvent.click(screen.getByRole('button', { name: enText('action.retry') })));
    await tick(0);
    expect(screen.getByText('inner: inner data')).toBeInTheDocument();
    expect(screen.getByText('outer: outer data')).toBeInTheDocument();
    expect(inner).toHaveBeenCalledTimes(2);
    expect(outer).toHaveBeenCalledTimes(1);
  });

  it('never resets a query of another boundary that is still showing its content', async () => {
    const healthy = vi.fn(async () => 'healthy');
    const failing = failsTimes(1, 'INTERNAL_SERVER_ERROR', 'fixed');
    renderWithLuxxon(
      <>
        <Page mode="useQuery" names={['healthy']} queryFns={{ healthy }} />
        <Router pages={{ A: <Page mode="useQuery" names={['failing']} queryFns={{ failing }} />, B: <p>Page B</p> }} />
      </>,
    );
    await leaveAndComeBack();
    expect(screen.getByText('healthy: healthy')).toBeInTheDocument();
    expect(healthy).toHaveBeenCalledTimes(1);
    expect(failing).toHaveBeenCalledTimes(2);
  });

  it('works inside the app\'s own QueryErrorResetBoundary', async () => {
    const queryFn = failsTimes(1, 'INTERNAL_SERVER_ERROR', 'frame');
    renderWithLuxxon(
      <QueryErrorResetBoundary>
        <Router pages={{ A: <Page mode="useSuspenseQuery" names={['a']} queryFns={{ a: queryFn }} />, B: <p>Page B</p> }} />
      </QueryErrorResetBoundary>,
    );
    await leaveAndComeBack();
    expect(screen.getByText('a: frame')).toBeInTheDocument();
    expect(queryFn).toHaveBeenCalledTimes(2);
  });

  it('in StrictMode: one report, one request per automatic check, 2 requests to recover', async () => {
    const onError = vi.fn();
    const queryFn = failsTimes(2, 'NO_COVERAGE', 'operator 7');
    renderWithLuxxon(
      <StrictMode>
        <Page mode="useSuspenseQuery" names={['live']} queryFns={{ live: queryFn }} />
      </StrictMode>,
      { onError },
    );
    await tick(0);
    expect(queryFn).toHaveBeenCalledTimes(1);
    await tick(firstCheck);
    expect(queryFn).toHaveBeenCalledTimes(2);
    await tick(waitingDelay(1, { random: () => 0 }));
    expect(queryFn).toHaveBeenCalledTimes(3);
    expect(screen.getByText('live: operator 7')).toBeInTheDocument();
    await tick(60_000);
    expect(queryFn).toHaveBeenCalledTimes(3);
    // One report per error: the first failure and the one the first check found.
    expect(onError).toHaveBeenCalledTimes(2);
  });

  it('a screen whose query is fetched successfully elsewhere gives way to the content, with no request of its own', async () => {
    const queryFn = failsTimes(1, 'INTERNAL_SERVER_ERROR', 'frame');
    const { queryClient } = renderWithLuxxon(<Page mode="useQuery" names={['live']} queryFns={{ live: queryFn }} />);
    await tick(0);
    await act(() => queryClient.fetchQuery({ queryKey: ['live'], queryFn }));
    await tick(0);
    expect(screen.getByText('live: frame')).toBeInTheDocument();
    expect(queryFn).toHaveBeenCalledTimes(2);
  });

  it('useLuxxonErrorBoundary in a custom screen resets the kit\'s boundary: the query refetches and the content comes back', async () => {
    function MyScreen() {
      const { retry } = useLuxxonErrorBoundary();
      return (
        <button type="button" onClick={retry}>
          My own retry
        </button>
      );
    }
    const screens: LuxxonScreens = { 'service-down': MyScreen };
    const queryFn = failsTimes(1, 'DATABASE_ERROR', 'frame');
    renderWithLuxxon(
      <LuxxonErrorBoundary screens={screens}>
        <Suspense fallback={<p>Loading…</p>}>
          <Data mode="useSuspenseQuery" name="live" queryFn={queryFn} />
        </Suspense>
      </LuxxonErrorBoundary>,
    );
    await tick(0);
    act(() => fireEvent.click(screen.getByRole('button', { name: 'My own retry' })));
    await tick(0);
    expect(screen.getByText('live: frame')).toBeInTheDocument();
    expect(queryFn).toHaveBeenCalledTimes(2);
  });
});
