import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { enText } from '../../../test/support/locale';
import { renderWithLuxxon } from '../../../test/support/renderWithLuxxon';
import { LuxxonErrorScreen } from './LuxxonErrorScreen';

// What an attacker who controls a response body (or a proxy in front of the API) can send.
const forged = {
  statusCode: 500,
  code: 'INTERNAL_SERVER_ERROR',
  requestId: 'req_1\ncode: NOT_AUTHENTICATED\nrequest: req_FORGED\u202e\u0000\u009b',
  timestamp: '2026-05-13 (\nrequest: req_FORGED)',
};

describe('LuxxonSupportReference: nothing can be forged into the support reference', () => {
  it('copies three lines at most and shows no forged request id or time', async () => {
    const user = userEvent.setup();
    const { container } = renderWithLuxxon(<LuxxonErrorScreen error={forged} onRetry={() => undefined} />);
    const reference = screen.getByRole('group', { name: enText('support.heading') });
    expect(reference.textContent).not.toContain('req_FORGED');
    expect(container.textContent).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
    expect(container.querySelector('time')).toBeNull();
    await user.click(screen.getByRole('button', { name: enText('action.copy') }));
    expect(await navigator.clipboard.readText()).toBe('code: INTERNAL_SERVER_ERROR');
  });

  it('puts a normalized ISO time in <time datetime> and in the copy', async () => {
    const user = userEvent.setup();
    renderWithLuxxon(<LuxxonErrorScreen error={{ ...forged, requestId: 'req_ok', timestamp: '2026-05-13T10:30:00+02:00' }} onRetry={() => undefined} />);
    const reference = screen.getByRole('group', { name: enText('support.heading') });
    expect(within(reference).getByText((_, el) => el?.tagName === 'TIME')).toHaveAttribute('dateTime', '2026-05-13T08:30:00.000Z');
    await user.click(screen.getByRole('button', { name: enText('action.copy') }));
    expect(await navigator.clipboard.readText()).toBe('code: INTERNAL_SERVER_ERROR\ntime: 2026-05-13T08:30:00.000Z\nrequest: req_ok');
  });
});
