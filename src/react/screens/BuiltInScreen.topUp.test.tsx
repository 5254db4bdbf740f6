import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { failsOnce } from '../../../test/support/failsOnce';
import { LiveView } from '../../../test/support/LiveView';
import { enText, esText } from '../../../test/support/locale';
import { renderWithLuxxon } from '../../../test/support/renderWithLuxxon';

const TOP_UP = 'https://console.luxxon.example/billing';

describe('the top-up screen', () => {
  it('NO_CREDIT: links to the configured top-up page in a new tab, and says so', async () => {
    renderWithLuxxon(<LiveView queryFn={failsOnce('NO_CREDIT')} />, { topUpUrl: TOP_UP });
    expect(await screen.findByRole('alert')).toHaveTextContent(enText('code.NO_CREDIT.description'));
    const link = screen.getByRole('link', { name: `${enText('action.topUp')} ${enText('newWindow')}` });
    expect(link).toHaveAttribute('href', TOP_UP);
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    expect(screen.queryByRole('button', { name: enText('action.shortenDuration') })).toBeNull();
  });

  it('"I\'ve topped up" refetches and shows the content', async () => {
    const queryFn = failsOnce('NO_CREDIT');
    renderWithLuxxon(<LiveView queryFn={queryFn} />, { topUpUrl: TOP_UP });
    await userEvent.click(await screen.findByRole('button', { name: enText('action.toppedUp') }));
    expect(await screen.findByText('Live view: live')).toBeInTheDocument();
    expect(queryFn).toHaveBeenCalledTimes(2);
  });

  it('INSUFFICIENT_CREDIT: "request a shorter view" calls back with the error, then refetches', async () => {
    const onShortenDuration = vi.fn();
    const queryFn = failsOnce('INSUFFICIENT_CREDIT');
    renderWithLuxxon(<LiveView queryFn={queryFn} onShortenDuration={onShortenDuration} />, { topUpUrl: TOP_UP });
    await userEvent.click(await screen.findByRole('button', { name: enText('action.shortenDuration') }));
    expect(onShortenDuration).toHaveBeenCalledWith(expect.objectContaining({ code: 'INSUFFICIENT_CREDIT' }));
    expect(await screen.findByText('Live view: live')).toBeInTheDocument();
    expect(queryFn).toHaveBeenCalledTimes(2);
  });

  it('INSUFFICIENT_CREDIT without onShortenDuration offers only top-up and retry', async () => {
    renderWithLuxxon(<LiveView queryFn={failsOnce('INSUFFICIENT_CREDIT')} />, { topUpUrl: TOP_UP });
    await screen.findByRole('alert');
    expect(screen.getAllByRole('button').map((b) => b.textContent)).toEqual([enText('action.toppedUp')]);
  });

  it.each(['javascript:alert(1)', 'data:text/html,<script>1</script>', '//evil.example/phish', ''])('does not link an unsafe topUpUrl %j', async (url) => {
    renderWithLuxxon(<LiveView queryFn={failsOnce('NO_CREDIT')} />, { topUpUrl: url });
    await screen.findByRole('alert');
    expect(screen.queryByRole('link')).toBeNull();
    expect(screen.getByRole('button', { name: enText('action.toppedUp') })).toBeInTheDocument();
  });

  it('speaks Spanish', async () => {
    renderWithLuxxon(<LiveView queryFn={failsOnce('INSUFFICIENT_CREDIT')} onShortenDuration={() => undefined} />, { topUpUrl: TOP_UP, lng: 'es' });
    expect(await screen.findByRole('heading', { name: esText('code.INSUFFICIENT_CREDIT.title') })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: `${esText('action.topUp')} ${esText('newWindow')}` })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: esText('action.toppedUp') })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: esText('action.shortenDuration') })).toBeInTheDocument();
  });
});
