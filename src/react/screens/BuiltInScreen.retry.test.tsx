import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { failsOnce } from '../../../test/support/failsOnce';
import { LiveView } from '../../../test/support/LiveView';
import { enText, esText } from '../../../test/support/locale';
import { renderWithLuxxon } from '../../../test/support/renderWithLuxxon';

const CASES = [
  ['INVALID_INPUT', 'action.retry'],
  ['OUTSIDE_COVERAGE', 'action.retry'],
  ['INVALID_STATE', 'action.refresh'],
  ['CONFLICT', 'action.refresh'],
  ['NOT_FOUND', 'action.retry'],
  ['SESSION_NOT_FOUND', 'action.retry'],
  ['OPERATOR_NOT_FOUND', 'action.retry'],
  ['COVERAGE_AREA_NOT_FOUND', 'action.retry'],
  ['ACCOUNT_NOT_FOUND', 'action.retry'],
] as const;

describe('the retry screens', () => {
  it.each(CASES)('%s: its own text, and %s refetches', async (code, action) => {
    const queryFn = failsOnce(code);
    renderWithLuxxon(<LiveView queryFn={queryFn} />);
    const alert = await screen.findByRole('alert');
    await waitFor(() => expect(screen.getByRole('heading', { name: enText(`code.${code}.title`) })).toHaveFocus());
    expect(alert).toHaveTextContent(enText(`code.${code}.description`));
    await userEvent.click(screen.getByRole('button', { name: enText(action) }));
    expect(await screen.findByText('Live view: live')).toBeInTheDocument();
    expect(queryFn).toHaveBeenCalledTimes(2);
  });

  it.each(CASES)('%s speaks Spanish', async (code, action) => {
    renderWithLuxxon(<LiveView queryFn={failsOnce(code)} />, { lng: 'es' });
    expect(await screen.findByRole('heading', { name: esText(`code.${code}.title`) })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: esText(action) })).toBeInTheDocument();
  });
});

describe('the retry screens with the provider\'s homeUrl', () => {
  it('not found: "Go to the home page" leads, a same-tab link; "Try again" comes second', async () => {
    renderWithLuxxon(<LiveView queryFn={failsOnce('SESSION_NOT_FOUND')} />, { homeUrl: '/sessions' });
    const alert = await screen.findByRole('alert');
    const home = screen.getByRole('link', { name: enText('action.goHome') });
    expect(home).toHaveAttribute('href', '/sessions');
    expect(home).not.toHaveAttribute('target');
    expect(home).toHaveClass('lx-button--primary');
    const retry = screen.getByRole('button', { name: enText('action.retry') });
    expect(retry).toHaveClass('lx-button--secondary');
    expect([...alert.querySelectorAll('a, button')]).toEqual([home, retry]);
  });

  it('other kinds keep their one action; an unsafe homeUrl is never linked', async () => {
    renderWithLuxxon(<LiveView queryFn={failsOnce('CONFLICT')} />, { homeUrl: '/sessions' });
    await screen.findByRole('alert');
    expect(screen.queryByRole('link')).toBeNull();
    renderWithLuxxon(<LiveView queryFn={failsOnce('NOT_FOUND')} />, { homeUrl: 'javascript:alert(1)' });
    await waitFor(() => expect(screen.getAllByRole('alert')).toHaveLength(2));
    expect(screen.queryByRole('link')).toBeNull();
    expect(screen.getAllByRole('button', { name: enText('action.retry') }).at(-1)).toHaveClass('lx-button--primary');
  });
});
