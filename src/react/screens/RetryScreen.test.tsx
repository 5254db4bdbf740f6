import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { failsOnce } from '../../test/failsOnce';
import { LiveView } from '../../test/LiveView';
import { enText, esText } from '../../test/locale';
import { renderWithLuxxon } from '../../test/renderWithLuxxon';

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

describe('RetryScreen', () => {
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
