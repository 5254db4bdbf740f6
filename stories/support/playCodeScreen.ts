import type { StoryContext } from '@storybook/react-vite';
import { expect, waitFor } from 'storybook/test';
import { type ExperienceKind, resolveExperience, toLuxxonError, type LuxxonErrorScreenProps, type CheckOutcome } from '@luxxon/react-errors';
import { isKnownErrorCode, LUXXON_NAMESPACE, MESSAGE_KEYS } from '@luxxon/react-errors/core';
import { storyKit } from './luxxonLoader';

const A = MESSAGE_KEYS.action;

/** The button of each screen that runs the failed request again (for the waiting screen: checks again). */
export const RETRY_ACTION_KEY = {
  'top-up': A.toppedUp,
  're-login': A.signIn,
  waiting: A.checkNow,
  permission: A.retry,
  'fix-request': A.retry,
  'out-of-date': A.refresh,
  'not-found': A.retry,
  'service-down': A.retry,
  reload: A.reload,
  generic: A.retry,
} as const satisfies Record<ExperienceKind, string>;

/** Args of the per-code stories: the view's props plus LuxxonProvider's sign-in callback. */
export interface CodeStoryArgs extends LuxxonErrorScreenProps {
  onReauthenticate?: () => unknown;
}

/**
 * A waiting screen's in-place check that finds the situation unchanged after
 * a moment, as the API would while no operator is online: the countdown
 * starts again, as it does in an app.
 */
export function stillWaiting(): Promise<CheckOutcome> {
  return new Promise((resolve) => setTimeout(() => resolve('failed'), 600));
}

/**
 * What every code's screen must do, in the story's locale: the code's own
 * translated title as a focusable heading, `lang`/`dir` of the locale, no
 * `detail` and (for known codes) no English `message` on screen, and an
 * action that runs the request again.
 */
export async function playCodeScreen({ args, loaded, canvasElement, canvas, userEvent }: StoryContext<CodeStoryArgs>): Promise<void> {
  const { i18n, locale, dir } = storyKit({ loaded });
  const error = toLuxxonError(args.error);
  const experience = resolveExperience(error);

  const heading = await canvas.findByRole('heading', { level: 2, name: i18n.t([...experience.text.title]) });
  // Focusable for the kit, not in the Tab order; it takes focus only after a user action (BuiltInScreen.browser.test.tsx).
  await expect(heading).toHaveAttribute('tabindex', '-1');
  const screen = heading.closest('.lx-error');
  await expect(screen).toHaveAttribute('data-kind', experience.kind);
  await expect(screen).toHaveAttribute('lang', locale);
  await expect(screen).toHaveAttribute('dir', dir);
  await expect(screen).toHaveAttribute('role', experience.kind === 'waiting' ? 'status' : 'alert');

  // The locale has the code's own strings: no silent fallback to English or to the family text.
  const [ownTitleKey] = experience.text.title;
  const [ownDescriptionKey] = experience.text.description;
  if (isKnownErrorCode(error.code) && ownTitleKey !== undefined && ownDescriptionKey !== undefined) {
    await expect(i18n.getResource(locale, LUXXON_NAMESPACE, ownTitleKey)).toEqual(expect.any(String));
    await expect(i18n.getResource(locale, LUXXON_NAMESPACE, ownDescriptionKey)).toEqual(expect.any(String));
  }

  // `detail` is diagnostics, never shown; the English `message` is shown for unknown codes only.
  if (error.detail) await expect(canvasElement).not.toHaveTextContent(error.detail);
  if (isKnownErrorCode(error.code) && error.message) await expect(canvasElement).not.toHaveTextContent(error.message);

  const action = canvas.getByRole('button', { name: i18n.t(RETRY_ACTION_KEY[experience.kind]) });
  // Reload reloads the page (here: Storybook's frame); its guard is unit-tested.
  if (experience.kind === 'reload') return expect(action).toBeVisible();
  await userEvent.click(action);
  if (experience.kind === 'waiting' && args.onCheck) {
    // Waiting screens check in place; the story's check says "still nobody", so the countdown restarts.
    await expect(args.onCheck).toHaveBeenCalledTimes(1);
    await expect(args.onRetry).not.toHaveBeenCalled();
    return;
  }
  if (experience.kind === 're-login' && args.onReauthenticate) {
    await expect(args.onReauthenticate).toHaveBeenCalledTimes(1);
  }
  await waitFor(() => expect(args.onRetry).toHaveBeenCalledTimes(1));
}
