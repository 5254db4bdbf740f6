import { StrictMode, type ReactNode } from 'react';
import { QueryClientProvider } from '@tanstack/react-query';
import { act, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fromResponse } from '../../core/errors/fromResponse';
import { LuxxonError } from '../../core/errors/LuxxonError';
import { createLuxxonError } from '../../testing/createLuxxonError';
import { failsOnce } from '../../../test/support/failsOnce';
import { LiveView } from '../../../test/support/LiveView';
import { enText } from '../../../test/support/locale';
import { createTestQueryClient, renderWithLuxxon } from '../../../test/support/renderWithLuxxon';
import type { LuxxonErrorReport } from './LuxxonErrorReport';
import { LuxxonProvider, type LuxxonProviderProps } from './LuxxonProvider';

type OnError = NonNullable<LuxxonProviderProps['onError']>;

/** Renders `ui` under a provider whose props can change between renders, as an app's do. */
function renderApp(ui: ReactNode, props: Omit<LuxxonProviderProps, 'children'>) {
  const queryClient = createTestQueryClient();
  const tree = (p: Omit<LuxxonProviderProps, 'children'>) => (
    <QueryClientProvider client={queryClient}>
      <LuxxonProvider lng="en" {...p}>
        {ui}
      </LuxxonProvider>
    </QueryClientProvider>
  );
  const result = render(tree(props), { onCaughtError: () => undefined });
  return { ...result, rerenderWith: (p: Omit<LuxxonProviderProps, 'children'>) => result.rerender(tree(p)) };
}

const reports = (onError: ReturnType<typeof vi.fn<OnError>>) => onError.mock.calls.map(([report]) => report);

describe('telemetry (onError)', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('reports a caught error once, with code, status, experience, timestamp and request id, and no detail', async () => {
    const onError = vi.fn<OnError>();
    const error = createLuxxonError('INSUFFICIENT_CREDIT', { requestId: 'req_42' });
    renderWithLuxxon(<LiveView queryFn={async () => Promise.reject(error)} />, { onError });
    await screen.findByRole('heading', { name: enText('code.INSUFFICIENT_CREDIT.title') });
    expect(onError).toHaveBeenCalledTimes(1);
    const [report, info] = onError.mock.calls[0] ?? [];
    expect(report).toEqual({
      code: 'INSUFFICIENT_CREDIT',
      known: true,
      statusCode: 400,
      kind: 'top-up',
      message: error.message,
      timestamp: error.timestamp,
      requestId: 'req_42',
    } satisfies LuxxonErrorReport);
    expect(report).not.toHaveProperty('detail');
    expect(JSON.stringify(report)).not.toContain(error.detail);
    expect(info?.componentStack).toEqual(expect.any(String));
  });

  it.each([
    ['an API code', { statusCode: 503, code: 'NO_COVERAGE', message: 'No operator' }, true],
    ['a kit code', new TypeError('Failed to fetch'), true],
    ['a code the API added since', { statusCode: 402, code: 'PLAN_EXPIRED', message: 'Plan expired' }, false],
  ])('says whether the kit knows the code: %s', async (_, thrown, known) => {
    const onError = vi.fn<OnError>();
    renderWithLuxxon(<LiveView queryFn={async () => Promise.reject(thrown)} />, { onError });
    await screen.findByRole('heading', { level: 2 });
    expect(reports(onError)).toEqual([expect.objectContaining({ known })]);
  });

  it('adds detail only with reportDetail', async () => {
    const onError = vi.fn<OnError>();
    const error = createLuxxonError('NOT_AUTHORIZED', { detail: 'session:viewDenied' });
    renderWithLuxxon(<LiveView queryFn={async () => Promise.reject(error)} />, { onError, reportDetail: true });
    await screen.findByRole('heading', { name: enText('code.NOT_AUTHORIZED.title') });
    expect(reports(onError)).toEqual([expect.objectContaining({ code: 'NOT_AUTHORIZED', detail: 'session:viewDenied' })]);
  });

  it('carries the request id from the x-request-id header of a failed response', async () => {
    const onError = vi.fn<OnError>();
    const response = new Response(JSON.stringify({ statusCode: 503, code: 'UNAVAILABLE', message: 'busy', detail: 'pool:empty', timestamp: '2026-05-13T08:30:00Z' }), {
      status: 503,
      headers: { 'x-request-id': 'req_from_header' },
    });
    const error = await fromResponse(response);
    renderWithLuxxon(<LiveView queryFn={async () => Promise.reject(error)} />, { onError });
    await screen.findByRole('heading', { name: enText('code.UNAVAILABLE.title') });
    expect(reports(onError)).toEqual([expect.objectContaining({ code: 'UNAVAILABLE', requestId: 'req_from_header', timestamp: '2026-05-13T08:30:00Z' })]);
  });

  it('gives errors without a server timestamp the time the kit caught them', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-05-13T09:00:00.000Z'));
    const onError = vi.fn<OnError>();
    renderWithLuxxon(<LiveView queryFn={async () => Promise.reject(new TypeError('Failed to fetch'))} />, { onError });
    await screen.findByRole('heading', { name: enText('code.NETWORK_ERROR.title') });
    expect(reports(onError)).toEqual([expect.objectContaining({ code: 'NETWORK_ERROR', statusCode: 0, timestamp: '2026-05-13T09:00:00.000Z' })]);
  });

  it('does not report again when the app re-renders (new props, a new onError closure, StrictMode)', async () => {
    const onError = vi.fn<OnError>();
    const ui = (
      <StrictMode>
        <LiveView queryFn={failsOnce('NOT_FOUND')} />
      </StrictMode>
    );
    const { rerenderWith } = renderApp(ui, { onError: (...args) => onError(...args) });
    await screen.findByRole('heading', { name: enText('code.NOT_FOUND.title') });
    for (let i = 0; i < 5; i += 1) {
      rerenderWith({ onError: (...args) => onError(...args), headingLevel: i % 2 === 0 ? 3 : 2, supportUrl: `/help/${i}` });
      await act(async () => undefined);
    }
    expect(screen.getByRole('heading', { name: enText('code.NOT_FOUND.title') })).toBeInTheDocument();
    expect(onError).toHaveBeenCalledTimes(1);
  });

  it('reports one error caught by two boundaries (one failed query used twice) once', async () => {
    const onError = vi.fn<OnError>();
    const queryFn = async (): Promise<string> => Promise.reject(createLuxxonError('SESSION_NOT_FOUND'));
    renderWithLuxxon(
      <>
        <LiveView queryFn={queryFn} />
        <LiveView queryFn={queryFn} />
      </>,
      { onError },
    );
    expect(await screen.findAllByRole('heading', { name: enText('code.SESSION_NOT_FOUND.title') })).toHaveLength(2);
    expect(onError).toHaveBeenCalledTimes(1);
  });

  it('reports each new error of an in-place check once, and the same error object never twice', async () => {
    vi.useFakeTimers();
    vi.spyOn(Math, 'random').mockReturnValue(0);
    const onError = vi.fn<OnError>();
    const sameAgain = createLuxxonError('NO_COVERAGE', { requestId: 'req_2' });
    const queue: unknown[] = [createLuxxonError('NO_COVERAGE', { requestId: 'req_1' }), sameAgain, sameAgain, createLuxxonError('UNAVAILABLE', { requestId: 'req_3' })];
    const queryFn = vi.fn(async (): Promise<string> => {
      throw queue.shift() ?? createLuxxonError('UNAVAILABLE', { requestId: 'req_last' });
    });
    renderWithLuxxon(<LiveView queryFn={queryFn} />, { onError });
    await act(() => vi.advanceTimersByTimeAsync(0));
    for (let i = 0; i < 3; i += 1) {
      fireEvent.click(screen.getByRole('button', { name: enText('action.checkNow') }));
      await act(() => vi.advanceTimersByTimeAsync(0));
    }
    expect(queryFn).toHaveBeenCalledTimes(4);
    expect(reports(onError).map((r) => [r.code, r.requestId])).toEqual([
      ['NO_COVERAGE', 'req_1'],
      ['NO_COVERAGE', 'req_2'],
      ['UNAVAILABLE', 'req_3'],
    ]);
  });

  it('an onError that throws never takes the error screen down', async () => {
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const onError = vi.fn<OnError>(() => {
      throw new ReferenceError('analytics is not defined');
    });
    const queryFn = failsOnce('CONFLICT');
    renderWithLuxxon(<LiveView queryFn={queryFn} />, { onError });
    expect(await screen.findByRole('heading', { name: enText('code.CONFLICT.title') })).toBeInTheDocument();
    expect(onError).toHaveBeenCalledTimes(1);
    expect(consoleError).toHaveBeenCalledWith(expect.stringContaining('onError'), expect.any(ReferenceError));
    await userEvent.click(screen.getByRole('button', { name: enText('action.refresh') }));
    expect(await screen.findByText('Live view: live')).toBeInTheDocument();
  });

  it('reports app-built LuxxonErrors with the fields they carry', async () => {
    const onError = vi.fn<OnError>();
    const error = new LuxxonError({ code: 'RATE_LIMITED', statusCode: 429, message: 'Slow down', timestamp: '2026-05-13T08:30:00Z', requestId: 'req_9' });
    renderWithLuxxon(<LiveView queryFn={async () => Promise.reject(error)} />, { onError });
    await screen.findByRole('heading', { name: enText('generic.title') });
    expect(reports(onError)).toEqual([
      { code: 'RATE_LIMITED', known: false, statusCode: 429, kind: 'generic', message: 'Slow down', timestamp: '2026-05-13T08:30:00Z', requestId: 'req_9' },
    ]);
  });
});
