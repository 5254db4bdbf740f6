import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { LuxxonScreens } from './screens/LuxxonScreenProps';
import { failsOnce } from '../../test/support/failsOnce';
import { LiveView } from '../../test/support/LiveView';
import { enText } from '../../test/support/locale';
import { renderWithLuxxon } from '../../test/support/renderWithLuxxon';

// The built-in screen with a bug: it throws while `broken.retryScreen` is set.
const broken = vi.hoisted(() => ({ retryScreen: false }));
vi.mock('./screens/BuiltInScreen', async (importOriginal) => {
  const original = await importOriginal<typeof import('./screens/BuiltInScreen')>();
  return {
    BuiltInScreen: (props: Parameters<typeof original.BuiltInScreen>[0]) => {
      if (broken.retryScreen) throw new Error('BuiltInScreen bug');
      return original.BuiltInScreen(props);
    },
  };
});

function throwingScreen(): never {
  throw new TypeError("Cannot read properties of undefined (reading 'balance')");
}

describe('a screen that throws', () => {
  afterEach(() => {
    broken.retryScreen = false;
  });

  it('a custom screen that throws gives way to the built-in screen', async () => {
    const screens: LuxxonScreens = { 'top-up': throwingScreen };
    renderWithLuxxon(<LiveView queryFn={failsOnce('NO_CREDIT')} screens={screens} />);
    expect(await screen.findByRole('heading', { name: enText('code.NO_CREDIT.title') })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: enText('action.toppedUp') }));
    expect(await screen.findByText('Live view: live')).toBeInTheDocument();
  });

  it('a built-in screen that throws gives way to the last-resort view, whose "Try again" works', async () => {
    broken.retryScreen = true;
    const queryFn = failsOnce('SESSION_NOT_FOUND');
    const { container } = renderWithLuxxon(<LiveView queryFn={queryFn} />);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveAttribute('data-kind', 'last-resort');
    expect(alert).toHaveAttribute('lang', 'en');
    expect(alert.textContent).not.toBe('');
    expect(container.querySelector('[style]')).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('Live view: live')).toBeInTheDocument();
    expect(queryFn).toHaveBeenCalledTimes(2);
  });

  it('a custom screen and the built-in screen both throwing still leave the last-resort view, not a blank page', async () => {
    broken.retryScreen = true;
    const screens: LuxxonScreens = { 'fix-request': throwingScreen };
    const { container } = renderWithLuxxon(<LiveView queryFn={failsOnce('INVALID_INPUT')} screens={screens} />);
    expect(await screen.findByRole('alert')).toHaveAttribute('data-kind', 'last-resort');
    expect(container.textContent).not.toBe('');
  });

  it('a screen that keeps throwing after "Try again" shows the last-resort view again', async () => {
    broken.retryScreen = true;
    const queryFn = vi.fn(async (): Promise<string> => {
      throw Object.assign(new Error('Unrecognised'), { statusCode: 400, code: 'INVALID_INPUT' });
    });
    renderWithLuxxon(<LiveView queryFn={queryFn} />);
    await userEvent.click(await screen.findByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('alert')).toHaveAttribute('data-kind', 'last-resort');
    expect(queryFn).toHaveBeenCalledTimes(2);
  });
});
