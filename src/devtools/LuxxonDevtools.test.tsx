import { Suspense } from 'react';
import { QueryClientProvider, useSuspenseQuery } from '@tanstack/react-query';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createInstance } from 'i18next';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LuxxonErrorBoundary } from '../react/boundary/LuxxonErrorBoundary';
import { LuxxonProvider } from '../react/provider/LuxxonProvider';
import { createLuxxonError } from '../testing/createLuxxonError';
import { LiveView } from '../../test/support/LiveView';
import { enText, localeText } from '../../test/support/locale';
import { createTestQueryClient, renderWithLuxxon } from '../../test/support/renderWithLuxxon';
import { LuxxonDevtools } from './LuxxonDevtools';
import { UNMAPPED_CODE } from './forcedError';

afterEach(() => {
  vi.restoreAllMocks();
  document.documentElement.removeAttribute('data-lx-theme');
});

const panel = () => screen.getByRole('region', { name: 'Luxxon error lab' });
const rows = () => within(panel()).queryAllByRole('row').slice(1);

function Wallet() {
  const { data } = useSuspenseQuery({ queryKey: ['wallet'], queryFn: async () => '12 credits' });
  return <p>Wallet: {data}</p>;
}

function App({ liveView }: { readonly liveView: () => Promise<string> }) {
  return (
    <>
      <LiveView name="live-view" queryFn={liveView} />
      <LuxxonErrorBoundary name="wallet">
        <Suspense fallback={<p>Loading…</p>}>
          <Wallet />
        </Suspense>
      </LuxxonErrorBoundary>
      <LuxxonDevtools initialIsOpen />
    </>
  );
}

describe('<LuxxonDevtools />', () => {
  it('lists what the boundaries caught: boundary, code, experience, status, time, request id, failed query, checks and retries; never detail unless asked', async () => {
    const user = userEvent.setup();
    const error = createLuxxonError('NO_CREDIT', { requestId: 'req_7', detail: 'wallet 42 empty' });
    renderWithLuxxon(<App liveView={async () => Promise.reject(error)} />);
    await screen.findByRole('heading', { name: enText('code.NO_CREDIT.title') });
    await waitFor(() => expect(rows()).toHaveLength(1));
    const cells = within(rows()[0]!).getAllByRole('cell').map((cell) => cell.textContent);
    expect(cells).toEqual(['live-view', 'NO_CREDIT', 'top-up', '400', expect.stringMatching(/^\d\d:\d\d:\d\d$/), 'req_7', '["live-view"]', '0', '0']);
    expect(panel()).not.toHaveTextContent('wallet 42 empty');

    await user.click(within(panel()).getByRole('checkbox', { name: /detail/ }));
    expect(within(rows()[0]!).getAllByRole('cell').at(-1)).toHaveTextContent('wallet 42 empty');
  });

  it("lists a boundary's newer error once a check failed with it, in the boundary's row", async () => {
    const user = userEvent.setup();
    const liveView = vi.fn<() => Promise<string>>().mockRejectedValueOnce(createLuxxonError('NO_COVERAGE')).mockRejectedValue(createLuxxonError('NO_CREDIT'));
    renderWithLuxxon(<App liveView={liveView} />);
    await screen.findByRole('heading', { name: enText('code.NO_COVERAGE.title') });
    await user.click(screen.getByRole('button', { name: enText('action.checkNow') }));
    await screen.findByRole('heading', { name: enText('code.NO_CREDIT.title') });
    await waitFor(() => expect(rows().map((row) => within(row).getAllByRole('cell').slice(0, 3).map((cell) => cell.textContent))).toEqual([['live-view', 'NO_CREDIT', 'top-up']]));
  });

  it('forces a code into a mounted boundary and clears it: the real screen, then the content again', async () => {
    const user = userEvent.setup();
    renderWithLuxxon(<App liveView={async () => 'camera 3'} />);
    await screen.findByText('Live view: camera 3');
    await screen.findByText('Wallet: 12 credits');

    await user.selectOptions(within(panel()).getByRole('combobox', { name: 'Code' }), 'INSUFFICIENT_CREDIT');
    await user.selectOptions(within(panel()).getByRole('combobox', { name: 'Boundary' }), 'live-view');
    await user.click(within(panel()).getByRole('button', { name: 'Force' }));
    await screen.findByRole('heading', { name: enText('code.INSUFFICIENT_CREDIT.title') });
    expect(screen.queryByText('Live view: camera 3')).toBeNull();
    expect(screen.getByText('Wallet: 12 credits')).toBeInTheDocument();
    await waitFor(() => expect(rows().map((row) => within(row).getAllByRole('cell')[0]?.textContent)).toEqual(['live-view']));
    expect(within(rows()[0]!).getAllByRole('cell')[1]).toHaveTextContent('INSUFFICIENT_CREDIT');

    await user.click(within(panel()).getByRole('button', { name: 'Clear' }));
    await screen.findByText('Live view: camera 3');
    await waitFor(() => expect(within(panel()).getByText('No error screen is showing.')).toBeInTheDocument());
  });

  it('offers every known code and an unmapped one; the unmapped one shows the generic screen', async () => {
    const user = userEvent.setup();
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    renderWithLuxxon(<App liveView={async () => 'camera 3'} />);
    await screen.findByText('Live view: camera 3');
    const options = within(within(panel()).getByRole('combobox', { name: 'Code' })).getAllByRole('option').map((o) => (o as HTMLOptionElement).value);
    expect(options).toEqual(expect.arrayContaining(['NOT_AUTHENTICATED', 'NO_COVERAGE', 'NETWORK_ERROR', 'CHUNK_LOAD_ERROR', 'UNKNOWN', UNMAPPED_CODE]));
    expect(options).toHaveLength(26 + 4 + 1);
    await user.selectOptions(within(panel()).getByRole('combobox', { name: 'Code' }), UNMAPPED_CODE);
    await user.click(within(panel()).getByRole('button', { name: 'Force' }));
    await screen.findByRole('heading', { name: enText('generic.title') });
  });

  it('fails the next request of a query key: the boundary shows the real failed query, and its Try again refetches for real', async () => {
    const user = userEvent.setup();
    let requests = 0;
    renderWithLuxxon(
      <App
        liveView={async () => {
          requests += 1;
          return `camera ${requests}`;
        }}
      />,
    );
    await screen.findByText('Live view: camera 1');
    await user.selectOptions(within(panel()).getByRole('combobox', { name: 'Code' }), 'INSUFFICIENT_CREDIT');
    await user.selectOptions(within(panel()).getByRole('combobox', { name: 'Next request of' }), '["live-view"]');
    await user.click(within(panel()).getByRole('button', { name: 'Fail it now' }));
    await screen.findByRole('heading', { name: enText('code.INSUFFICIENT_CREDIT.title') });
    expect(requests).toBe(1);
    await waitFor(() => expect(within(rows()[0]!).getAllByRole('cell')[6]).toHaveTextContent('["live-view"]'));

    await user.click(screen.getByRole('button', { name: enText('action.toppedUp') }));
    await screen.findByText('Live view: camera 2');
    expect(requests).toBe(2);
  });

  it('arms a query for its next request only, and disarms it', async () => {
    const user = userEvent.setup();
    const { queryClient } = renderWithLuxxon(<App liveView={async () => 'camera 3'} />);
    await screen.findByText('Live view: camera 3');
    await user.selectOptions(within(panel()).getByRole('combobox', { name: 'Next request of' }), '["wallet"]');
    await user.click(within(panel()).getByRole('button', { name: 'Fail next request' }));
    await waitFor(() => expect(within(panel()).getByRole('option', { name: '["wallet"] (armed)' })).toBeInTheDocument());
    await user.click(within(panel()).getByRole('button', { name: 'Disarm' }));
    await waitFor(() => expect(within(panel()).getByRole('option', { name: '["wallet"]' })).toBeInTheDocument());
    await act(() => queryClient.refetchQueries({ queryKey: ['wallet'] }));
    expect(queryClient.getQueryState(['wallet'])?.status).toBe('success');

    await user.click(within(panel()).getByRole('button', { name: 'Fail next request' }));
    await expect(act(() => queryClient.fetchQuery({ queryKey: ['wallet'], queryFn: async () => 'x', staleTime: 0 }))).rejects.toMatchObject({ code: 'INSUFFICIENT_CREDIT' });
    await expect(act(() => queryClient.fetchQuery({ queryKey: ['wallet'], queryFn: async () => '13 credits', staleTime: 0 }))).resolves.toBe('13 credits');
  });

  it("switches the kit's language (pseudo-locale and RTL too) without touching the app's, and back", async () => {
    const user = userEvent.setup();
    const i18n = createInstance();
    await i18n.init({ lng: 'en', resources: { en: { app: { hello: 'Hello' } } } });
    const client = createTestQueryClient();
    render(
      <QueryClientProvider client={client}>
        <LuxxonProvider i18n={i18n}>
          <App liveView={async () => Promise.reject(createLuxxonError('NO_COVERAGE'))} />
        </LuxxonProvider>
      </QueryClientProvider>,
      { onCaughtError: () => undefined },
    );
    await screen.findByRole('heading', { name: enText('code.NO_COVERAGE.title') });
    const language = within(panel()).getByRole('combobox', { name: 'Kit language' });
    expect(within(language).getAllByRole('option').map((o) => (o as HTMLOptionElement).value)).toEqual(['', 'en', 'es', 'pt-BR', 'fr', 'de', 'ja', 'ar', 'en-XA']);

    await user.selectOptions(language, 'ar');
    const heading = await screen.findByRole('heading', { name: localeText('ar', 'code.NO_COVERAGE.title') });
    expect(heading.closest('.lx-error')).toHaveAttribute('dir', 'rtl');
    expect(heading.closest('.lx-error')).toHaveAttribute('lang', 'ar');
    expect(i18n.language).toBe('en');

    await user.selectOptions(language, 'en-XA');
    await waitFor(() => expect(document.querySelector('.lx-error')).toHaveAttribute('lang', 'en-XA'));
    expect(document.querySelector('.lx-error')).not.toHaveTextContent(enText('code.NO_COVERAGE.title'));
    expect(i18n.language).toBe('en');

    await user.selectOptions(language, '');
    await screen.findByRole('heading', { name: enText('code.NO_COVERAGE.title') });
  });

  it('switches the theme through data-lx-theme and gives the page its own back', async () => {
    const user = userEvent.setup();
    document.documentElement.setAttribute('data-lx-theme', 'light');
    const { unmount } = renderWithLuxxon(<App liveView={async () => 'camera 3'} />);
    await user.selectOptions(within(panel()).getByRole('combobox', { name: 'Theme' }), 'dark');
    expect(document.documentElement).toHaveAttribute('data-lx-theme', 'dark');
    unmount();
    expect(document.documentElement).toHaveAttribute('data-lx-theme', 'light');
  });

  it('is a button until opened; Escape closes the panel and gives focus back to the button', async () => {
    const user = userEvent.setup();
    renderWithLuxxon(
      <>
        <LiveView queryFn={async () => 'camera 3'} />
        <LuxxonDevtools />
      </>,
    );
    const toggle = screen.getByRole('button', { name: 'Luxxon errors' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('region', { name: 'Luxxon error lab' })).toBeNull();
    toggle.focus();
    await user.keyboard('{Enter}');
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('heading', { name: 'Luxxon error lab' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('region', { name: 'Luxxon error lab' })).toBeNull();
    expect(toggle).toHaveFocus();
  });

  it('lists only its own provider: two providers keep two labs', async () => {
    const client = createTestQueryClient();
    render(
      <QueryClientProvider client={client}>
        <LuxxonProvider lng="en">
          <LiveView name="first" queryFn={async () => Promise.reject(createLuxxonError('NO_CREDIT'))} queryKey={['a']} />
          <LuxxonDevtools initialIsOpen />
        </LuxxonProvider>
        <LuxxonProvider lng="en">
          <LiveView name="second" queryFn={async () => Promise.reject(createLuxxonError('CONFLICT'))} queryKey={['b']} />
        </LuxxonProvider>
      </QueryClientProvider>,
      { onCaughtError: () => undefined },
    );
    await screen.findByRole('heading', { name: enText('code.CONFLICT.title') });
    await waitFor(() => expect(rows()).toHaveLength(1));
    expect(within(rows()[0]!).getAllByRole('cell')[0]).toHaveTextContent('first');
    expect(within(within(panel()).getByRole('combobox', { name: 'Boundary' })).getAllByRole('option').map((o) => o.textContent)).toEqual(['first']);
  });

  it('renders without inline styles (a strict CSP needs none), open or closed', () => {
    const markup = renderToStaticMarkup(
      <LuxxonProvider lng="en">
        <LuxxonDevtools initialIsOpen />
        <LuxxonDevtools />
      </LuxxonProvider>,
    );
    expect(markup).toContain('Luxxon error lab');
    expect(markup).not.toMatch(/\sstyle=/i);
  });
});
