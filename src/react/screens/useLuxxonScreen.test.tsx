import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { createLuxxonError } from '../../testing/createLuxxonError';
import { failsOnce } from '../../../test/support/failsOnce';
import { LiveView } from '../../../test/support/LiveView';
import { enText } from '../../../test/support/locale';
import { operatorComesOnline } from '../../../test/support/operatorComesOnline';
import { PLAIN_SCREENS } from '../../../test/support/PlainScreen';
import { renderWithLuxxon } from '../../../test/support/renderWithLuxxon';
import { setTabVisibility } from '../../../test/support/setTabVisibility';
import type { LuxxonScreen } from './LuxxonScreen';
import { LuxxonProvider } from '../provider/LuxxonProvider';
import { useLuxxonScreen, type UseLuxxonScreenOptions } from './useLuxxonScreen';

const newTab = (key: string) => `${enText(key)} ${enText('newWindow')}`;

describe('useLuxxonScreen: the actions of a custom screen really act', () => {
  it('retry refetches the failed query once', async () => {
    const queryFn = failsOnce('INVALID_INPUT');
    renderWithLuxxon(<LiveView queryFn={queryFn} screens={PLAIN_SCREENS} />);
    await userEvent.click(await screen.findByRole('button', { name: enText('action.retry') }));
    expect(await screen.findByText('Live view: live')).toBeInTheDocument();
    expect(queryFn).toHaveBeenCalledTimes(2);
  });

  it('sign in again runs the page\'s one sign-in, then retries', async () => {
    const queryFn = failsOnce('NOT_AUTHENTICATED');
    const onReauthenticate = vi.fn(async () => undefined);
    renderWithLuxxon(<LiveView queryFn={queryFn} screens={PLAIN_SCREENS} />, { onReauthenticate });
    await userEvent.click(await screen.findByRole('button', { name: enText('action.signIn') }));
    expect(await screen.findByText('Live view: live')).toBeInTheDocument();
    expect(onReauthenticate).toHaveBeenCalledTimes(1);
    expect(queryFn).toHaveBeenCalledTimes(2);
  });

  it('top-up: "I\'ve topped up" refetches; coming back from the top-up link checks once', async () => {
    const toppedUp = failsOnce('NO_CREDIT');
    const first = renderWithLuxxon(<LiveView queryFn={toppedUp} screens={PLAIN_SCREENS} />, { topUpUrl: '/billing' });
    await userEvent.click(await screen.findByRole('button', { name: enText('action.toppedUp') }));
    expect(await screen.findByText('Live view: live')).toBeInTheDocument();
    expect(toppedUp).toHaveBeenCalledTimes(2);
    first.unmount();

    const visited = failsOnce('NO_CREDIT');
    renderWithLuxxon(<LiveView queryFn={visited} screens={PLAIN_SCREENS} />, { topUpUrl: '/billing' });
    const link = await screen.findByRole('link', { name: newTab('action.topUp') });
    expect(link).toHaveAttribute('href', '/billing');
    link.addEventListener('click', (event) => event.preventDefault()); // jsdom cannot open the tab
    await userEvent.click(link);
    setTabVisibility('hidden');
    expect(visited).toHaveBeenCalledTimes(1);
    setTabVisibility('visible');
    expect(await screen.findByText('Live view: live')).toBeInTheDocument();
    expect(visited).toHaveBeenCalledTimes(2);
  });

  it('check now checks once, in place', async () => {
    const queryFn = operatorComesOnline(1);
    renderWithLuxxon(<LiveView queryFn={queryFn} screens={PLAIN_SCREENS} />);
    const checkNow = await screen.findByRole('button', { name: enText('action.checkNow') });
    await userEvent.click(checkNow);
    expect(await screen.findByText('Live view: operator 7')).toBeInTheDocument();
    expect(queryFn).toHaveBeenCalledTimes(2);
  });

  it('copy puts the support reference on the clipboard', async () => {
    const user = userEvent.setup();
    renderWithLuxxon(<LiveView queryFn={failsOnce('INTERNAL_SERVER_ERROR')} screens={PLAIN_SCREENS} />);
    await user.click(await screen.findByRole('button', { name: enText('action.copy') }));
    expect(await navigator.clipboard.readText()).toMatch(/^code: INTERNAL_SERVER_ERROR\ntime: /);
  });
});

describe('useLuxxonScreen outside a boundary', () => {
  function Probe({ error, options, seen }: { error: unknown; options?: UseLuxxonScreenOptions; seen?: (screen: LuxxonScreen) => void }) {
    const model = useLuxxonScreen(error, options);
    seen?.(model);
    return (
      <div role={model.role}>
        {model.actions.map((a) => (
          <button key={a.id} onClick={a.onPress}>
            {a.label}
          </button>
        ))}
      </div>
    );
  }

  it('joins the page like LuxxonErrorScreen: retry calls onRetry, check calls onCheck', async () => {
    const onRetry = vi.fn();
    const onCheck = vi.fn(async () => 'failed' as const);
    renderWithLuxxon(
      <>
        <Probe error={createLuxxonError('CONFLICT')} options={{ onRetry }} />
        <Probe error={createLuxxonError('UNAVAILABLE')} options={{ onRetry, onCheck }} />
      </>,
    );
    await userEvent.click(screen.getByRole('button', { name: enText('action.refresh') }));
    expect(onRetry).toHaveBeenCalledTimes(1);
    await userEvent.click(screen.getByRole('button', { name: enText('action.checkNow') }));
    expect(onCheck).toHaveBeenCalledTimes(1);
    expect(onRetry).toHaveBeenCalledTimes(1);
  });

  it('fails loudly without onRetry, naming what it needs', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(() =>
      render(
        <LuxxonProvider lng="en">
          <Probe error={createLuxxonError('CONFLICT')} />
        </LuxxonProvider>,
      ),
    ).toThrow(/useLuxxonScreen: pass \{ onRetry \}/);
  });

  it('holds no detail, anywhere', () => {
    const seen: LuxxonScreen[] = [];
    const detail = 'SECRET-DETAIL-42';
    renderWithLuxxon(
      <>
        {['PLAN_EXPIRED', 'INTERNAL_SERVER_ERROR', 'NO_CREDIT', 'NOT_AUTHENTICATED', 'NO_COVERAGE'].map((code) => (
          <Probe key={code} error={createLuxxonError(code, { detail, message: 'The workspace plan expired.' })} options={{ onRetry: () => undefined }} seen={(s) => seen.push(s)} />
        ))}
      </>,
    );
    expect(seen.length).toBeGreaterThanOrEqual(5);
    for (const model of seen) expect(JSON.stringify(model)).not.toContain(detail);
    const generic = seen.find((s) => s.kind === 'generic');
    expect(generic?.kind === 'generic' && generic.serverMessage).toEqual({ label: enText('serverMessage'), text: 'The workspace plan expired.', lang: 'en' });
  });
});
