import { useState } from 'react';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { LUXXON_ERROR_CODES } from '../../core/codes/codes';
import { createLuxxonError } from '../../testing/createLuxxonError';
import { failing } from '../../../test/support/failing';
import { LiveView } from '../../../test/support/LiveView';
import { enText, esText } from '../../../test/support/locale';
import { renderWithLuxxon } from '../../../test/support/renderWithLuxxon';
import { LuxxonErrorBoundary } from './LuxxonErrorBoundary';
import { useLuxxonErrorBoundary } from './useLuxxonErrorBoundary';

describe('LuxxonErrorBoundary', () => {
  it('shows the localized screen for a failed suspense query, with focus on its heading', async () => {
    renderWithLuxxon(<LiveView queryFn={failing([createLuxxonError('SESSION_NOT_FOUND')], 'frame #1')} />);
    const heading = await screen.findByRole('heading', { name: enText('code.SESSION_NOT_FOUND.title') });
    expect(screen.getByRole('alert')).toHaveTextContent(enText('code.SESSION_NOT_FOUND.description'));
    await waitFor(() => expect(heading).toHaveFocus());
  });

  it('"Try again" resets the failed query so that it really refetches, and tells onRetry why', async () => {
    const queryFn = failing([createLuxxonError('INTERNAL_SERVER_ERROR')], 'frame #1');
    const onRetry = vi.fn();
    renderWithLuxxon(<LiveView queryFn={queryFn} onRetry={onRetry} />);
    await userEvent.click(await screen.findByRole('button', { name: enText('action.retry') }));
    expect(await screen.findByText('Live view: frame #1')).toBeInTheDocument();
    expect(queryFn).toHaveBeenCalledTimes(2);
    expect(onRetry).toHaveBeenCalledExactlyOnceWith({ reason: 'retry' });
  });

  it('resets when a reset key changes, and calls onRetry with the reason', async () => {
    const onRetry = vi.fn();
    const queryFn = failing([createLuxxonError('INVALID_INPUT')], 'frame #1');
    function Form() {
      const [zone, setZone] = useState('a');
      return (
        <>
          <button type="button" onClick={() => setZone('b')}>
            Change zone
          </button>
          <LiveView queryFn={queryFn} queryKey={['live', zone]} resetKeys={[zone]} onRetry={onRetry} />
        </>
      );
    }
    renderWithLuxxon(<Form />);
    await screen.findByRole('heading', { name: enText('code.INVALID_INPUT.title') });
    await userEvent.click(screen.getByRole('button', { name: 'Change zone' }));
    expect(await screen.findByText('Live view: frame #1')).toBeInTheDocument();
    expect(onRetry).toHaveBeenCalledWith({ reason: 'keys', prev: ['a'], next: ['b'] });
  });

  it('uses a per-experience custom screen and keeps the built-in screens for the rest', async () => {
    const screens = {
      'top-up': ({ error, retry }: { error: { code: string }; retry: () => void }) => (
        <button type="button" onClick={retry}>
          Custom top-up for {error.code}
        </button>
      ),
    };
    const first = renderWithLuxxon(<LiveView queryFn={failing([createLuxxonError('NO_CREDIT')], 'frame #1')} screens={screens} />);
    expect(await screen.findByRole('button', { name: 'Custom top-up for NO_CREDIT' })).toBeInTheDocument();
    first.unmount();
    renderWithLuxxon(<LiveView queryFn={failing([createLuxxonError('CONFLICT')], 'frame #1')} screens={screens} />);
    expect(await screen.findByRole('heading', { name: enText('code.CONFLICT.title') })).toBeInTheDocument();
  });

  it('shows errors from event handlers through useLuxxonErrorBoundary', async () => {
    function Buy() {
      const { showBoundary } = useLuxxonErrorBoundary();
      return (
        <button type="button" onClick={() => showBoundary({ statusCode: 400, code: 'NO_CREDIT', message: 'Pool balance is zero' })}>
          Buy
        </button>
      );
    }
    renderWithLuxxon(
      <LuxxonErrorBoundary>
        <Buy />
      </LuxxonErrorBoundary>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Buy' }));
    expect(await screen.findByRole('heading', { name: enText('code.NO_CREDIT.title') })).toBeInTheDocument();
  });

  it('useLuxxonErrorBoundary fails loudly outside a boundary', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    function Orphan() {
      useLuxxonErrorBoundary();
      return null;
    }
    expect(() => renderWithLuxxon(<Orphan />)).toThrow('useLuxxonErrorBoundary must be used inside <LuxxonErrorBoundary>');
  });

  it('without a provider, names the provider it needs', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(() => render(<LuxxonErrorBoundary>content</LuxxonErrorBoundary>)).toThrow(/useLuxxon must be used inside <LuxxonProvider>/);
  });

  it.each(LUXXON_ERROR_CODES)('renders %s in Spanish, never with the English message', async (code) => {
    const error = createLuxxonError(code, { message: 'ENGLISH SERVER MESSAGE' });
    const { container } = renderWithLuxxon(<LiveView queryFn={failing([error], 'frame #1')} />, { lng: 'es' });
    await waitFor(() => expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(esText(`code.${code}.title`)));
    expect(container).toHaveTextContent(esText(`code.${code}.description`));
    expect(container.textContent).not.toContain('ENGLISH SERVER MESSAGE');
    expect(container.textContent).not.toContain(error.detail);
    expect(container.querySelector('[lang]')).toHaveAttribute('lang', 'es');
  });
});
