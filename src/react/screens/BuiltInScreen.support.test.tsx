import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { createLuxxonError } from '../../testing/createLuxxonError';
import { failsOnce } from '../../../test/support/failsOnce';
import { LiveView } from '../../../test/support/LiveView';
import { enText, esText } from '../../../test/support/locale';
import { renderWithLuxxon } from '../../../test/support/renderWithLuxxon';

const INFRA = ['DATABASE_ERROR', 'AUTHZ_ERROR', 'VIDEO_ERROR', 'QUEUE_ERROR', 'EXTERNAL_ERROR', 'PAYMENT_ERROR', 'INTERNAL_SERVER_ERROR'] as const;

function failWith(error: unknown) {
  return vi.fn(async (): Promise<string> => {
    throw error;
  });
}

describe('the support screens', () => {
  it.each(INFRA)('%s: its own text, a support reference, and "Try again" refetches', async (code) => {
    const queryFn = failsOnce(code);
    const { container } = renderWithLuxxon(<LiveView queryFn={queryFn} />);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(enText(`code.${code}.description`));
    const reference = screen.getByRole('group', { name: enText('support.heading') });
    expect(reference).toHaveTextContent(code);
    expect(reference).toHaveTextContent('req_01HXTESTREQUEST');
    expect(within(reference).getByText((_, el) => el?.tagName === 'TIME')).toHaveAttribute('dateTime', '2026-05-13T08:30:00Z');
    expect(container.textContent).not.toContain(`test:${code.toLowerCase()}`);
    await userEvent.click(screen.getByRole('button', { name: enText('action.retry') }));
    expect(await screen.findByText('Live view: live')).toBeInTheDocument();
  });

  it('copies the reference (code, time, request id — never detail) and says so', async () => {
    const user = userEvent.setup();
    renderWithLuxxon(<LiveView queryFn={failWith(createLuxxonError('INTERNAL_SERVER_ERROR', { detail: 'pg: connection refused' }))} />);
    await user.click(await screen.findByRole('button', { name: enText('action.copy') }));
    expect(await navigator.clipboard.readText()).toBe('code: INTERNAL_SERVER_ERROR\ntime: 2026-05-13T08:30:00Z\nrequest: req_01HXTESTREQUEST');
    expect(await screen.findByText(enText('support.copied'))).toBeInTheDocument();
  });

  it('unknown server code: generic text, with the server message as secondary English text', async () => {
    const error = { statusCode: 429, code: 'RATE_LIMITED', message: 'Slow down <b>now</b>', detail: 'bucket:42', timestamp: '2026-05-13T08:30:00Z' };
    const { container } = renderWithLuxxon(<LiveView queryFn={failWith(error)} />, { lng: 'es' });
    expect(await screen.findByRole('heading', { name: esText('generic.title') })).toBeInTheDocument();
    // The quotation marks follow the screen's language; the English inside is isolated and marked.
    const quote = container.querySelector('q > bdi');
    expect(quote).toHaveAttribute('lang', 'en');
    expect(quote).toHaveAttribute('dir', 'ltr');
    expect(quote).toHaveTextContent('Slow down <b>now</b>');
    expect(container.querySelector('b')).toBeNull();
    expect(container.textContent).not.toContain('bucket:42');
    expect(screen.getByRole('group', { name: esText('support.heading') })).toHaveTextContent('RATE_LIMITED');
  });

  it.each([
    ['a plain Error', new Error('Cannot read properties of undefined')],
    ['a string', 'boom'],
    ['null', null],
  ])('%s from app code: generic text and no message', async (_, thrown) => {
    const { container } = renderWithLuxxon(<LiveView queryFn={failWith(thrown)} />);
    expect(await screen.findByRole('heading', { name: enText('code.UNKNOWN.title') })).toBeInTheDocument();
    expect(container.querySelector('q')).toBeNull();
    expect(container.textContent).not.toContain('Cannot read');
  });

  it('an HTML error page from a proxy gets the BAD_RESPONSE screen', async () => {
    const { fromResponse } = await import('../../core/errors/fromResponse');
    const error = await fromResponse(new Response('<html><h1>502 Bad Gateway</h1></html>', { status: 502 }));
    const { container } = renderWithLuxxon(<LiveView queryFn={failWith(error)} />);
    expect(await screen.findByRole('heading', { name: enText('code.BAD_RESPONSE.title') })).toBeInTheDocument();
    expect(container.querySelector('h1')).toBeNull();
  });

  it('speaks Spanish', async () => {
    renderWithLuxxon(<LiveView queryFn={failsOnce('VIDEO_ERROR')} />, { lng: 'es' });
    expect(await screen.findByRole('heading', { name: esText('code.VIDEO_ERROR.title') })).toBeInTheDocument();
    expect(screen.getByRole('group', { name: esText('support.heading') })).toHaveTextContent(esText('support.requestId'));
  });

  it.each([
    ['BAD_RESPONSE (a proxy page)', Object.assign(new Response('<html>bad gateway</html>', { status: 502, headers: { 'x-request-id': 'req_proxy_1' } }))],
    ['UNKNOWN (app code)', new Error('Cannot read properties of undefined')],
  ])('%s: without a server timestamp, the reference carries the time the screen appeared', async (_, thrown) => {
    vi.useFakeTimers({ now: new Date('2026-12-01T10:00:00Z'), toFake: ['Date'] });
    try {
      renderWithLuxxon(<LiveView queryFn={failWith(thrown)} />);
      const reference = await screen.findByRole('group', { name: enText('support.heading') });
      expect(within(reference).getByText((_, el) => el?.tagName === 'TIME')).toHaveAttribute('dateTime', '2026-12-01T10:00:00.000Z');
    } finally {
      vi.useRealTimers();
    }
  });
});
