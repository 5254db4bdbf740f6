import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, spyOn, waitFor } from 'storybook/test';
import { MESSAGE_KEYS } from '@luxxon/react-errors/core';
import { type CheckOutcome, LuxxonErrorScreen } from '@luxxon/react-errors';
import { FIXTURE_TIMESTAMP, createLuxxonError } from '@luxxon/react-errors/testing';
import { storyKit } from './support/luxxonLoader';
import type { CodeStoryArgs } from './support/playCodeScreen';
import type { LuxxonParameters } from './support/withLuxxon';

const A = MESSAGE_KEYS.action;
const W = MESSAGE_KEYS.waiting;

/**
 * The states a screen reaches through the user or time rather than through
 * its code: checking, stopped, paused, signing in, sign-in failed, copied.
 * Each story's play function drives the screen there (watch it in the
 * Interactions panel).
 */
const meta = {
  title: 'Error page/States',
  component: LuxxonErrorScreen,
  args: { error: createLuxxonError('NO_COVERAGE'), onRetry: fn(), onShortenDuration: fn() },
  argTypes: { screens: { table: { disable: true } } },
  render: ({ onReauthenticate: _provided, ...props }) => <LuxxonErrorScreen {...props} />,
} satisfies Meta<CodeStoryArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

const never = <T,>() => new Promise<T>(() => undefined);

/** Waiting: a check is running (spinner, "Check now" disabled but focusable). */
export const WaitingChecking: Story = {
  args: { onCheck: fn(() => never<CheckOutcome>()) },
  play: async ({ canvas, userEvent, args, ...context }) => {
    const { i18n } = storyKit(context);
    const checkNow = await canvas.findByRole('button', { name: i18n.t(A.checkNow) });
    await userEvent.click(checkNow);
    await expect(await canvas.findByText(i18n.t(W.checking))).toBeVisible();
    await expect(checkNow).toHaveAttribute('aria-disabled', 'true');
    await userEvent.click(checkNow);
    await expect(args.onCheck).toHaveBeenCalledTimes(1);
  },
};

/** Waiting: a check failed, so the countdown starts again (longer). */
export const WaitingCheckFailed: Story = {
  args: { onCheck: fn(async (): Promise<CheckOutcome> => 'failed') },
  play: async ({ canvas, userEvent, args, ...context }) => {
    const { i18n } = storyKit(context);
    await userEvent.click(await canvas.findByRole('button', { name: i18n.t(A.checkNow) }));
    await expect(args.onCheck).toHaveBeenCalledTimes(1);
    const countdowns = Array.from({ length: 8 }, (_, i) => i18n.t(W.countdown, { count: i + 1 }));
    await waitFor(() => expect(countdowns).toContain(context.canvasElement.querySelector('.lx-error__note')?.textContent));
    await expect(args.onRetry).not.toHaveBeenCalled();
  },
};

/** Waiting: the user stopped the automatic checks; "Try again" is left. */
export const WaitingStopped: Story = {
  play: async ({ canvas, userEvent, args, ...context }) => {
    const { i18n } = storyKit(context);
    await userEvent.click(await canvas.findByRole('button', { name: i18n.t(A.cancel) }));
    await expect(canvas.getByText(i18n.t(W.stopped))).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: i18n.t(A.retry) }));
    await expect(args.onRetry).toHaveBeenCalledTimes(1);
  },
};

/** Waiting while the tab is in the background: the countdown pauses. */
export const WaitingPaused: Story = {
  beforeEach: () => {
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
    document.dispatchEvent(new Event('visibilitychange'));
    return () => {
      Reflect.deleteProperty(document, 'visibilityState');
      document.dispatchEvent(new Event('visibilitychange'));
    };
  },
  play: async ({ canvas, ...context }) => {
    const { i18n } = storyKit(context);
    await expect(await canvas.findByText(i18n.t(W.paused))).toBeVisible();
  },
};

/** Re-login: the app's sign-in is open; the button says so and keeps focus. */
export const ReLoginPending: Story = {
  args: { error: createLuxxonError('NOT_AUTHENTICATED'), onReauthenticate: fn(() => never<void>()) },
  play: async ({ canvas, userEvent, args, ...context }) => {
    const { i18n } = storyKit(context);
    const button = await canvas.findByRole('button', { name: i18n.t(A.signIn) });
    await userEvent.click(button);
    await expect(button).toHaveAccessibleName(i18n.t(MESSAGE_KEYS.reLogin.pending));
    await expect(button).toHaveAttribute('aria-busy', 'true');
    await expect(button).toHaveFocus();
    await expect(args.onRetry).not.toHaveBeenCalled();
  },
};

/** Re-login: the user closed the sign-in; the screen says so and offers it again. */
export const ReLoginFailed: Story = {
  args: {
    error: createLuxxonError('NOT_AUTHENTICATED'),
    onReauthenticate: fn(() => Promise.reject(new Error('The user closed the sign-in dialog.'))),
  },
  play: async ({ canvas, userEvent, args, ...context }) => {
    const { i18n } = storyKit(context);
    await userEvent.click(await canvas.findByRole('button', { name: i18n.t(A.signIn) }));
    await expect(await canvas.findByText(i18n.t(MESSAGE_KEYS.reLogin.failed))).toBeVisible();
    await expect(canvas.getByRole('button', { name: i18n.t(A.signIn) })).toBeVisible();
    await expect(args.onRetry).not.toHaveBeenCalled();
  },
};

/** Re-login in an app without `onReauthenticate` but with `loginUrl`: "Sign in again" is a same-tab link that carries `returnTo`. */
export const ReLoginLink: Story = {
  args: { error: createLuxxonError('NOT_AUTHENTICATED') },
  parameters: { luxxon: { loginUrl: '/login' } satisfies LuxxonParameters },
  play: async ({ canvas, ...context }) => {
    const { i18n } = storyKit(context);
    const link = await canvas.findByRole('link', { name: i18n.t(A.signIn) });
    await expect(link).toHaveAttribute('href', expect.stringMatching(/^\/login\?returnTo=%2F/));
    await expect(link).not.toHaveAttribute('target');
  },
};

/** Permission: with a sign-in callback, "Use another account" signs in again, then retries. */
export const PermissionSwitchAccount: Story = {
  args: { error: createLuxxonError('NOT_YOUR_SESSION'), onReauthenticate: fn(async () => undefined) },
  play: async ({ canvas, userEvent, args, ...context }) => {
    const { i18n } = storyKit(context);
    await userEvent.click(await canvas.findByRole('button', { name: i18n.t(A.switchAccount) }));
    await expect(args.onReauthenticate).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(args.onRetry).toHaveBeenCalledTimes(1));
  },
};

/** Permission: the user closed the other account's sign-in; the screen says so and keeps both buttons. */
export const PermissionSwitchAccountFailed: Story = {
  args: {
    error: createLuxxonError('NOT_AUTHORIZED'),
    onReauthenticate: fn(() => Promise.reject(new Error('The user closed the sign-in dialog.'))),
  },
  play: async ({ canvas, userEvent, args, ...context }) => {
    const { i18n } = storyKit(context);
    await userEvent.click(await canvas.findByRole('button', { name: i18n.t(A.switchAccount) }));
    await expect(await canvas.findByText(i18n.t(MESSAGE_KEYS.reLogin.failed))).toBeVisible();
    await expect(canvas.getByRole('button', { name: i18n.t(A.switchAccount) })).toBeVisible();
    await expect(canvas.getByRole('button', { name: i18n.t(A.retry) })).toBeVisible();
    await expect(args.onRetry).not.toHaveBeenCalled();
  },
};

/** Service down: the support reference was copied (code, time and request id; never `detail`). */
export const SupportReferenceCopied: Story = {
  args: { error: createLuxxonError('INTERNAL_SERVER_ERROR', { requestId: 'req_01HXCOPY' }) },
  beforeEach: () => {
    spyOn(navigator.clipboard, 'writeText').mockResolvedValue(undefined);
  },
  play: async ({ canvas, userEvent, ...context }) => {
    const { i18n } = storyKit(context);
    await userEvent.click(await canvas.findByRole('button', { name: i18n.t(A.copy) }));
    await expect(await canvas.findByText(i18n.t(MESSAGE_KEYS.support.copied))).toBeVisible();
    // The time is shown in the locale's format (the copied reference keeps ISO 8601 for support).
    const time = context.canvasElement.querySelector('time');
    await expect(time).toHaveAttribute('dateTime', FIXTURE_TIMESTAMP);
    await expect(time?.textContent).not.toBe(FIXTURE_TIMESTAMP);
    await expect(time).toHaveTextContent(/UTC/);
    await expect(navigator.clipboard.writeText).toHaveBeenCalledWith(expect.stringMatching(/INTERNAL_SERVER_ERROR[^]*req_01HXCOPY/));
    await expect(navigator.clipboard.writeText).toHaveBeenCalledWith(expect.not.stringContaining('test:internal_server_error'));
  },
};
