import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import { createInstance } from 'i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AppCodes } from '../../core/codes/appCodes';
import { LuxxonError } from '../../core/errors/LuxxonError';
import { createRetryPolicy } from '../../core/recovery/retryPolicy';
import { LiveView } from '../../../test/support/LiveView';
import { tick } from '../../../test/support/tick';
import { enText } from '../../../test/support/locale';
import { LuxxonProvider, type LuxxonProviderProps } from './LuxxonProvider';

const CODES: AppCodes = { OPERATOR_BUSY: { kind: 'waiting', retryable: true }, PLAN_EXPIRED: { kind: 'top-up' } };

const busy = () => new LuxxonError({ code: 'OPERATOR_BUSY', statusCode: 503, message: 'All operators are busy', requestId: 'req_busy' });

async function appI18n() {
  const i18n = createInstance();
  await i18n.init({
    lng: 'en',
    resources: {
      en: { luxxon: { code: { OPERATOR_BUSY: { title: 'Every operator is busy', description: 'We keep trying; the view starts when one is free.' } } } },
    },
  });
  return i18n;
}

function renderApp(queryFn: () => Promise<string>, props: Omit<LuxxonProviderProps, 'children'>, client = new QueryClient()) {
  return render(
    <QueryClientProvider client={client}>
      <LuxxonProvider topUpUrl="/billing" {...props}>
        <LiveView queryFn={queryFn} />
      </LuxxonProvider>
    </QueryClientProvider>,
    { onCaughtError: () => undefined },
  );
}

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
});

describe('<LuxxonProvider codes>: codes the kit does not know yet', () => {
  it("gives a declared code its experience, the app's own strings, its retries and a known report", async () => {
    const onError = vi.fn<NonNullable<LuxxonProviderProps['onError']>>();
    const queryFn = vi.fn(async (): Promise<string> => Promise.reject(busy()));
    const client = new QueryClient({ defaultOptions: { queries: createRetryPolicy({ codes: CODES, maxRetries: 2, baseDelayMs: 1, maxDelayMs: 1 }) } });
    const { container } = renderApp(queryFn, { i18n: await appI18n(), codes: CODES, onError }, client);
    await screen.findByRole('heading', { name: 'Every operator is busy' });
    expect(container.querySelector('.lx-error')).toHaveAttribute('data-kind', 'waiting');
    expect(screen.getByText('We keep trying; the view starts when one is free.')).toBeInTheDocument();
    // Declared retryable: the first request and two retries before the screen.
    expect(queryFn).toHaveBeenCalledTimes(3);
    expect(onError.mock.calls.map(([report]) => [report.code, report.known, report.kind])).toEqual([['OPERATOR_BUSY', true, 'waiting']]);
  });

  it('without the declaration, the same code is generic, unknown, not retried, and its strings unused', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const onError = vi.fn<NonNullable<LuxxonProviderProps['onError']>>();
    const queryFn = vi.fn(async (): Promise<string> => Promise.reject(busy()));
    const client = new QueryClient({ defaultOptions: { queries: createRetryPolicy({ baseDelayMs: 1, maxDelayMs: 1 }) } });
    renderApp(queryFn, { i18n: await appI18n(), onError }, client);
    await screen.findByRole('heading', { name: enText('generic.title') });
    expect(screen.queryByText('Every operator is busy')).toBeNull();
    expect(queryFn).toHaveBeenCalledTimes(1);
    expect(onError.mock.calls.map(([report]) => [report.known, report.kind])).toEqual([[false, 'generic']]);
  });

  it("falls back to the kind's generic text when the app has no strings for a declared code", async () => {
    renderApp(async () => Promise.reject(new LuxxonError({ code: 'PLAN_EXPIRED', statusCode: 402 })), { lng: 'en', codes: CODES }, new QueryClient({ defaultOptions: { queries: { retry: false } } }));
    await screen.findByRole('heading', { name: enText('generic.title') });
    expect(document.querySelector('.lx-error')).toHaveAttribute('data-kind', 'top-up');
    expect(screen.getByRole('link', { name: new RegExp(enText('action.topUp')) })).toHaveAttribute('href', '/billing');
  });
  it('a codes prop first given after the first render reaches the page recovery too: the waiting screen checks and recovers', async () => {
    vi.useFakeTimers();
    const i18n = await appI18n();
    let down = true;
    const queryFn = vi.fn(async (): Promise<string> => (down ? Promise.reject(busy()) : 'on air'));
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    // The app's code map arrives later (a remote config, a lazy module).
    const app = (codes?: AppCodes) => (
      <QueryClientProvider client={client}>
        <LuxxonProvider i18n={i18n} codes={codes}>
          {codes && <LiveView queryFn={queryFn} />}
        </LuxxonProvider>
      </QueryClientProvider>
    );
    const { rerender } = render(app(), { onCaughtError: () => undefined });
    rerender(app(CODES));
    await tick(0);
    expect(screen.getByRole('heading', { name: 'Every operator is busy' })).toBeInTheDocument();
    expect(queryFn).toHaveBeenCalledTimes(1);
    down = false;
    // The first shared countdown is at most 4 s.
    await tick(4_000);
    expect(screen.getByText('Live view: on air')).toBeInTheDocument();
    expect(queryFn).toHaveBeenCalledTimes(2);
  });
});

describe('the unmapped-code warning', () => {
  const unmapped = (code: string) => new LuxxonError({ code, statusCode: 409, message: 'New' });
  const warnings = (warn: { readonly mock: { readonly calls: readonly (readonly unknown[])[] } }): string[] => warn.mock.calls.map(([message]) => String(message));

  it('in development: once per code and provider, naming the code and how to map it', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const errors = [unmapped('PLAN_PAUSED'), unmapped('PLAN_PAUSED'), unmapped('SEAT_LIMIT'), busy()];
    render(
      <QueryClientProvider client={client}>
        {[0, 1].map((provider) => (
          <LuxxonProvider key={provider} lng="en" codes={CODES}>
            {errors.map((error, i) => (
              <LiveView key={i} queryKey={['view', provider, i]} queryFn={async () => Promise.reject(error)} />
            ))}
          </LuxxonProvider>
        ))}
      </QueryClientProvider>,
      { onCaughtError: () => undefined },
    );
    // OPERATOR_BUSY too: declared, but this app has no strings for it.
    expect(await screen.findAllByRole('heading', { name: enText('generic.title') })).toHaveLength(8);
    const seen = warnings(warn);
    // Two providers, two unmapped codes each; the declared OPERATOR_BUSY never.
    expect(seen).toHaveLength(4);
    expect(seen.filter((m) => m.includes('"PLAN_PAUSED"'))).toHaveLength(2);
    expect(seen.filter((m) => m.includes('"SEAT_LIMIT"'))).toHaveLength(2);
    expect(seen[0]).toContain('codes={{ PLAN_PAUSED: { kind:');
    expect(seen[0]).toContain('code.PLAN_PAUSED.title');
    expect(seen.join('\n')).not.toContain('OPERATOR_BUSY');
  });

  it('never for kit codes', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    renderApp(async () => Promise.reject(new TypeError('Failed to fetch')), { lng: 'en' }, new QueryClient({ defaultOptions: { queries: { retry: false } } }));
    await screen.findByRole('heading', { level: 2 });
    expect(warnings(warn).filter((m) => m.includes('@luxxon/react-errors'))).toEqual([]);
  });

  it('never in production', async () => {
    vi.stubEnv('NODE_ENV', 'production');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    renderApp(async () => Promise.reject(unmapped('PLAN_PAUSED')), { lng: 'en' }, new QueryClient({ defaultOptions: { queries: { retry: false } } }));
    await screen.findByRole('heading', { name: enText('generic.title') });
    expect(warnings(warn).filter((m) => m.includes('PLAN_PAUSED'))).toEqual([]);
  });
});
