import { Suspense, useState } from 'react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { useSuspenseQuery } from '@tanstack/react-query';
import { expect, fn } from 'storybook/test';
import { MESSAGE_KEYS } from '@luxxon/react-errors/core';
import { LuxxonErrorBoundary, LuxxonErrorScreen } from '@luxxon/react-errors';
import { createLuxxonError } from '@luxxon/react-errors/testing';
import { storyKit } from './support/luxxonLoader';

const A = MESSAGE_KEYS.action;

/**
 * One recovery for the whole page: several boundaries, one probe, one sign-in;
 * the offline variant of NETWORK_ERROR; the new-version screen.
 */
const meta = {
  title: 'Error page/Page recovery',
} satisfies Meta;

export default meta;
type Story = StoryObj<typeof meta>;

function Widget({ name, api }: { name: string; api: { down: boolean; requests: number } }) {
  const { data } = useSuspenseQuery({
    queryKey: ['story-widget', name],
    queryFn: async () => {
      api.requests += 1;
      if (api.down) throw createLuxxonError('NO_COVERAGE');
      return `${name}: live`;
    },
  });
  return <p>{data}</p>;
}

function ThreeWidgets() {
  const [api] = useState(() => ({ down: true, requests: 0 }));
  return (
    <div className="sb-page-grid">
      <button type="button" onClick={() => (api.down = false)}>
        Bring an operator online
      </button>
      {['map', 'wallet', 'history'].map((name) => (
        <LuxxonErrorBoundary key={name}>
          <Suspense fallback={<p>…</p>}>
            <Widget name={name} api={api} />
          </Suspense>
        </LuxxonErrorBoundary>
      ))}
    </div>
  );
}

/** Three widgets waiting on NO_COVERAGE share one countdown; one "Check now" recovers them all. */
export const SeveralBoundariesRecoverTogether: Story = {
  render: () => <ThreeWidgets />,
  play: async ({ canvas, userEvent, ...context }) => {
    const { i18n } = storyKit(context);
    const checks = await canvas.findAllByRole('button', { name: i18n.t(A.checkNow) });
    await expect(checks).toHaveLength(3);
    await userEvent.click(canvas.getByRole('button', { name: 'Bring an operator online' }));
    await userEvent.click(checks[1]!);
    for (const name of ['map', 'wallet', 'history']) await expect(await canvas.findByText(`${name}: live`)).toBeVisible();
  },
};

/** NETWORK_ERROR while the browser is offline: "You're offline", nothing is sent. */
export const Offline: Story = {
  beforeEach: () => {
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
    window.dispatchEvent(new Event('offline'));
    return () => {
      delete (navigator as { onLine?: boolean }).onLine;
      window.dispatchEvent(new Event('online'));
    };
  },
  render: () => <LuxxonErrorScreen error={createLuxxonError('NETWORK_ERROR')} onRetry={fn()} />,
  play: async ({ canvas, ...context }) => {
    const { i18n } = storyKit(context);
    await expect(await canvas.findByRole('heading', { name: i18n.t(MESSAGE_KEYS.offline.title) })).toBeVisible();
    await expect(canvas.getByText(i18n.t(MESSAGE_KEYS.waiting.offline))).toBeVisible();
    await expect(canvas.getByRole('button', { name: i18n.t(A.checkNow) })).toHaveAttribute('aria-disabled', 'true');
  },
};

/** A lazy chunk is gone after a deploy: a new version is available, "Reload". */
export const NewVersion: Story = {
  render: () => <LuxxonErrorScreen error={new TypeError('Failed to fetch dynamically imported module: /assets/LiveView-3f2a.js')} onRetry={fn()} />,
  play: async ({ canvas, ...context }) => {
    const { i18n } = storyKit(context);
    await expect(await canvas.findByRole('heading', { name: i18n.t('code.CHUNK_LOAD_ERROR.title') })).toBeVisible();
    await expect(canvas.getByRole('button', { name: i18n.t(A.reload) })).toBeVisible();
  },
};
