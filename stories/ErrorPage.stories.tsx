import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn } from 'storybook/test';
import { type KnownErrorCode, MESSAGE_KEYS } from '@luxxon/react-errors/core';
import { LuxxonErrorScreen } from '@luxxon/react-errors';
import { createLuxxonError } from '@luxxon/react-errors/testing';
import { storyKit } from './support/luxxonLoader';
import { playCodeScreen, stillWaiting, type CodeStoryArgs } from './support/playCodeScreen';
import { STORY_TOP_UP_URL } from './support/storyConfig';

/**
 * One story per code: the screen a user sees for the API's real envelope of
 * that code (status, documented message, `detail`, request id), in the
 * toolbar's locale. Every story's play function checks the translated title,
 * that `detail` never shows, and that the screen's action runs the request
 * again.
 */
const meta = {
  title: 'Error page/By code',
  component: LuxxonErrorScreen,
  args: {
    error: createLuxxonError('UNKNOWN'),
    onRetry: fn(),
    onCheck: fn(stillWaiting),
    onShortenDuration: fn(),
    onReauthenticate: fn(),
  },
  argTypes: {
    error: { control: 'object', description: 'What was thrown; here the LuxxonError built from the envelope' },
    screens: { table: { disable: true } },
    onCheck: { description: 'Waiting screens: the in-place check (here: still nobody online after 600 ms)' },
    onReauthenticate: { description: "LuxxonProvider's sign-in callback (re-login and permission screens)" },
  },
  render: ({ onReauthenticate: _provided, ...props }) => <LuxxonErrorScreen {...props} />,
  play: playCodeScreen,
} satisfies Meta<CodeStoryArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

function codeStory(code: KnownErrorCode): Story {
  return { args: { error: createLuxxonError(code) } };
}

// Auth + authorization
export const NOT_AUTHENTICATED: Story = codeStory('NOT_AUTHENTICATED');
export const NOT_AUTHORIZED: Story = codeStory('NOT_AUTHORIZED');
export const INSUFFICIENT_SCOPE: Story = codeStory('INSUFFICIENT_SCOPE');
export const NOT_OPERATOR: Story = codeStory('NOT_OPERATOR');
export const NOT_YOUR_SESSION: Story = codeStory('NOT_YOUR_SESSION');
// Domain rules
export const INVALID_INPUT: Story = codeStory('INVALID_INPUT');
export const INVALID_STATE: Story = codeStory('INVALID_STATE');
export const CONFLICT: Story = codeStory('CONFLICT');
export const NO_COVERAGE: Story = codeStory('NO_COVERAGE');
export const OUTSIDE_COVERAGE: Story = codeStory('OUTSIDE_COVERAGE');
export const UNAVAILABLE: Story = codeStory('UNAVAILABLE');
export const FRAME_NOT_AVAILABLE: Story = codeStory('FRAME_NOT_AVAILABLE');
// Wallet + settlement
export const NO_CREDIT: Story = codeStory('NO_CREDIT');
export const INSUFFICIENT_CREDIT: Story = codeStory('INSUFFICIENT_CREDIT');
// Not-found
export const NOT_FOUND: Story = codeStory('NOT_FOUND');
export const SESSION_NOT_FOUND: Story = codeStory('SESSION_NOT_FOUND');
export const OPERATOR_NOT_FOUND: Story = codeStory('OPERATOR_NOT_FOUND');
export const COVERAGE_AREA_NOT_FOUND: Story = codeStory('COVERAGE_AREA_NOT_FOUND');
export const ACCOUNT_NOT_FOUND: Story = codeStory('ACCOUNT_NOT_FOUND');
// Infrastructure (5xx)
export const DATABASE_ERROR: Story = codeStory('DATABASE_ERROR');
export const AUTHZ_ERROR: Story = codeStory('AUTHZ_ERROR');
export const VIDEO_ERROR: Story = codeStory('VIDEO_ERROR');
export const QUEUE_ERROR: Story = codeStory('QUEUE_ERROR');
export const EXTERNAL_ERROR: Story = codeStory('EXTERNAL_ERROR');
export const PAYMENT_ERROR: Story = codeStory('PAYMENT_ERROR');
export const INTERNAL_SERVER_ERROR: Story = codeStory('INTERNAL_SERVER_ERROR');
// Codes the kit assigns itself
export const NETWORK_ERROR: Story = codeStory('NETWORK_ERROR');
export const BAD_RESPONSE: Story = codeStory('BAD_RESPONSE');
export const CHUNK_LOAD_ERROR: Story = codeStory('CHUNK_LOAD_ERROR');
export const UNKNOWN: Story = codeStory('UNKNOWN');

/**
 * A code the kit has never heard of (the API's codes are append-only): the
 * generic screen, the server's English message as a quoted, `lang="en"`
 * secondary text, and the support reference.
 */
export const UnknownCode: Story = {
  args: {
    error: createLuxxonError('PLAN_EXPIRED', {
      statusCode: 402,
      message: 'The workspace plan expired.',
      detail: 'plan=team expired_at=2026-05-01',
    }),
  },
  play: async (context) => {
    await playCodeScreen(context);
    const { i18n } = storyKit(context);
    const quote = context.canvasElement.querySelector('q > bdi');
    await expect(quote).toHaveTextContent('The workspace plan expired.');
    await expect(quote).toHaveAttribute('lang', 'en');
    await expect(context.canvas.getByText(i18n.t(MESSAGE_KEYS.serverMessage))).toBeVisible();
    await expect(context.canvasElement).toHaveTextContent('PLAN_EXPIRED');
  },
};

/** INSUFFICIENT_CREDIT with the top-up link checked too (NO_CREDIT's story shares the screen). */
export const TopUpLink: Story = {
  args: { error: createLuxxonError('INSUFFICIENT_CREDIT') },
  play: async (context) => {
    const { i18n } = storyKit(context);
    const link = await context.canvas.findByRole('link', { name: new RegExp(i18n.t(MESSAGE_KEYS.action.topUp)) });
    await expect(link).toHaveAttribute('href', STORY_TOP_UP_URL);
    await expect(link).toHaveAttribute('target', '_blank');
    await context.userEvent.click(context.canvas.getByRole('button', { name: i18n.t(MESSAGE_KEYS.action.shortenDuration) }));
    await expect(context.args.onShortenDuration).toHaveBeenCalledWith(context.args.error);
    await expect(context.args.onRetry).toHaveBeenCalledTimes(1);
  },
};

/**
 * Every code the kit knows has a story in this file, named after the code: a
 * code added to LUXXON_ERROR_CODES (and so to the registry) is a type error
 * here until its story exists. Overview/Code table (stories/docs) checks the
 * same at run time.
 */
type CodesWithoutStory = Exclude<KnownErrorCode, keyof typeof import('./ErrorPage.stories')>;
const everyCodeHasAStory: [CodesWithoutStory] extends [never] ? true : { missingStoriesFor: CodesWithoutStory } = true;
void everyCodeHasAStory;
