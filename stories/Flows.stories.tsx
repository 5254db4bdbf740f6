import type { Meta, StoryContext, StoryObj } from '@storybook/react-vite';
import { expect, fn, waitFor, type Mock } from 'storybook/test';
import type { LuxxonError, LuxxonProviderProps } from '@luxxon/react-errors';
import { MESSAGE_KEYS } from '@luxxon/react-errors/core';
// Internal (not in the package's API): the countdown bounds the story expects.
import { waitingDelay } from '../src/core/recovery/waitingDelay';
import { FAKE_API_ACTIONS } from './flows/FakeApiPanel';
import { createFakeLuxxonApi, FAKE_LIVE_VIEW_PLACE, type FakeLuxxonApi, type FakeLuxxonApiOptions } from './flows/fakeLuxxonApi';
import { LiveViewApp } from './flows/LiveViewApp';
import { storyKit } from './support/luxxonLoader';
import { STORY_TOP_UP_URL } from './support/storyConfig';

const A = MESSAGE_KEYS.action;

interface FlowArgs {
  /** LuxxonProvider's sign-in: here it signs the user in to the fake API after a moment. */
  onReauthenticate: Mock<NonNullable<LuxxonProviderProps['onReauthenticate']>>;
  /** LuxxonProvider's telemetry callback. */
  onError: NonNullable<LuxxonProviderProps['onError']>;
  /** The boundary's "request a shorter view". */
  onShortenDuration: (error: LuxxonError) => void;
  /** The live view's length the app asks for first. */
  initialSeconds: number;
}

type FlowContext = StoryContext<FlowArgs>;

function fakeApi(context: Pick<FlowContext, 'loaded'>): FakeLuxxonApi {
  const api = context.loaded['api'] as FakeLuxxonApi | undefined;
  if (api === undefined) throw new Error('The flow loader did not create the fake API.');
  return api;
}

const SIGN_IN_MS = 400;

/** The waiting flow's Retry-After: long enough that no automatic check races the play function's clicks. */
const RETRY_AFTER_SECONDS = 5;

/**
 * Whole flows in a tiny app: a real QueryClient (fresh per story, the kit's
 * retry policy), `useSuspenseQuery` in `<LuxxonErrorBoundary>` + `<Suspense>`,
 * and a fake Luxxon API that answers with the real envelope and headers
 * (`x-request-id`, `Retry-After`). The panel under the app shows every
 * request and lets you change the fake world.
 */
const meta = {
  title: 'Flows',
  args: {
    onReauthenticate: fn<NonNullable<LuxxonProviderProps['onReauthenticate']>>(),
    onError: fn(),
    onShortenDuration: fn(),
    initialSeconds: 120,
  },
  argTypes: {
    onReauthenticate: { description: "LuxxonProvider's sign-in callback (fake: signs in after 400 ms)" },
    onError: { description: "LuxxonProvider's telemetry callback" },
  },
  parameters: { fakeApi: {} satisfies FakeLuxxonApiOptions },
  loaders: [({ parameters }) => ({ api: createFakeLuxxonApi(parameters['fakeApi'] as FakeLuxxonApiOptions) })],
  beforeEach: ({ args, loaded }) => {
    // The app's sign-in dialog, faked: the user signs in after a moment.
    const api = fakeApi({ loaded });
    args.onReauthenticate.mockImplementation(
      () => new Promise<void>((resolve) => setTimeout(() => resolve(api.signIn()), SIGN_IN_MS)),
    );
  },
  render: (args, context) => (
    <LiveViewApp api={fakeApi(context)} initialSeconds={args.initialSeconds} onShortenDuration={args.onShortenDuration} />
  ),
} satisfies Meta<FlowArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

async function findContent(context: FlowContext, timeout = 1000) {
  return context.canvas.findByRole('heading', { name: FAKE_LIVE_VIEW_PLACE }, { timeout });
}

function requests(context: FlowContext) {
  return fakeApi(context).getSnapshot().requests;
}

/**
 * NO_COVERAGE: the waiting screen counts down (from the server's
 * `Retry-After`) and checks again by itself; "Check now" checks at once.
 * Once an operator is online the content shows, without a reload.
 */
export const WaitingForOperator: Story = {
  parameters: { fakeApi: { operatorsOnline: 0, retryAfterSeconds: RETRY_AFTER_SECONDS } },
  play: async (context) => {
    const { canvas, userEvent, step, args } = context;
    const { i18n } = storyKit(context);
    await step('the waiting screen counts down from Retry-After', async () => {
      await canvas.findByRole('heading', { name: i18n.t('code.NO_COVERAGE.title') });
      // The kit's own backoff bounds for this Retry-After (one second may already have ticked away).
      const seconds = (random: number) => waitingDelay(0, { retryAfterMs: RETRY_AFTER_SECONDS * 1000, random: () => random }) / 1000;
      const counts = Array.from({ length: seconds(0.999) - seconds(0) + 2 }, (_, i) => seconds(0) - 1 + i).filter((n) => n > 0);
      const countdowns = counts.map((count) => i18n.t(MESSAGE_KEYS.waiting.countdown, { count }));
      await expect(countdowns).toContain(canvas.getByRole('status').querySelector('.lx-error__note')?.textContent);
      await expect(requests(context)).toMatchObject([{ status: 503, code: 'NO_COVERAGE', retryAfter: String(RETRY_AFTER_SECONDS) }]);
      // The request id came from the response header.
      await expect(args.onError).toHaveBeenCalledWith(
        expect.objectContaining({ code: 'NO_COVERAGE', statusCode: 503, requestId: 'req_sim_00001' }),
        expect.anything(),
      );
    });
    await step('"Check now" while nobody is online: still waiting', async () => {
      await userEvent.click(canvas.getByRole('button', { name: i18n.t(A.checkNow) }));
      await waitFor(() => expect(requests(context)).toHaveLength(2));
      await expect(await canvas.findByRole('button', { name: i18n.t(A.checkNow) })).not.toHaveAttribute('aria-disabled', 'true');
      await expect(canvas.getByRole('heading', { name: i18n.t('code.NO_COVERAGE.title') })).toBeVisible();
    });
    await step('an operator comes online: "Check now" shows the content', async () => {
      await userEvent.click(canvas.getByRole('button', { name: FAKE_API_ACTIONS.operatorOnline }));
      await userEvent.click(canvas.getByRole('button', { name: i18n.t(A.checkNow) }));
      await findContent(context);
      await expect(requests(context).map((r) => r.status)).toEqual([503, 503, 201]);
      await expect(args.onError).toHaveBeenCalledTimes(2);
    });
  },
};

/**
 * NO_COVERAGE, hands off: an operator comes online a second after the first
 * request and the countdown's own check brings the content in.
 */
export const OperatorComesOnline: Story = {
  parameters: { fakeApi: { operatorsOnline: 0, retryAfterSeconds: 1, operatorOnlineAfterMs: 1000 } },
  play: async (context) => {
    const { i18n } = storyKit(context);
    await context.canvas.findByRole('heading', { name: i18n.t('code.NO_COVERAGE.title') });
    // The first automatic check comes a few seconds after the failure (jittered, never before Retry-After).
    await findContent(context, 6000);
    await expect(requests(context).map((r) => r.status)).toEqual([503, 201]);
  },
};

/** NOT_AUTHENTICATED: "Sign in again" runs the app's sign-in, then the request runs again. */
export const ReLogin: Story = {
  parameters: { fakeApi: { signedIn: false } },
  play: async (context) => {
    const { canvas, userEvent, args } = context;
    const { i18n } = storyKit(context);
    await canvas.findByRole('heading', { name: i18n.t('code.NOT_AUTHENTICATED.title') });
    await expect(requests(context)).toMatchObject([{ status: 401, code: 'NOT_AUTHENTICATED' }]);
    await userEvent.click(canvas.getByRole('button', { name: i18n.t(A.signIn) }));
    const pending = await canvas.findByRole('button', { name: i18n.t(MESSAGE_KEYS.reLogin.pending) });
    await expect(pending).toHaveAttribute('aria-busy', 'true');
    await expect(args.onReauthenticate).toHaveBeenCalledTimes(1);
    await expect(args.onReauthenticate).toHaveBeenCalledWith({ returnTo: expect.stringMatching(/^\//) });
    await findContent(context, 3000);
    await expect(requests(context).map((r) => r.status)).toEqual([401, 201]);
  },
};

/** NOT_AUTHENTICATED, the user closes the sign-in dialog first: the screen says so and stays. */
export const ReLoginCancelled: Story = {
  parameters: { fakeApi: { signedIn: false } },
  beforeEach: ({ args }) => {
    args.onReauthenticate.mockRejectedValueOnce(new Error('The user closed the sign-in dialog.'));
  },
  play: async (context) => {
    const { canvas, userEvent, args } = context;
    const { i18n } = storyKit(context);
    await userEvent.click(await canvas.findByRole('button', { name: i18n.t(A.signIn) }));
    await expect(await canvas.findByText(i18n.t(MESSAGE_KEYS.reLogin.failed))).toBeVisible();
    await expect(requests(context)).toHaveLength(1);
    await userEvent.click(canvas.getByRole('button', { name: i18n.t(A.signIn) }));
    await findContent(context, 3000);
    await expect(args.onReauthenticate).toHaveBeenCalledTimes(2);
    await expect(requests(context).map((r) => r.status)).toEqual([401, 201]);
  },
};

/**
 * INSUFFICIENT_CREDIT: the top-up link opens the app's billing page in a new
 * tab; "I've topped up" runs the request again (before the top-up: the same
 * screen again, after it: the content).
 */
export const TopUp: Story = {
  parameters: { fakeApi: { creditSeconds: 60 } },
  play: async (context) => {
    const { canvas, userEvent, step } = context;
    const { i18n } = storyKit(context);
    await step('the top-up screen links to the configured billing page', async () => {
      await canvas.findByRole('heading', { name: i18n.t('code.INSUFFICIENT_CREDIT.title') });
      const link = canvas.getByRole('link', { name: new RegExp(i18n.t(A.topUp)) });
      await expect(link).toHaveAttribute('href', STORY_TOP_UP_URL);
      await expect(link).toHaveAttribute('target', '_blank');
    });
    await step('"I\'ve topped up" too early: asked again, same screen', async () => {
      await userEvent.click(canvas.getByRole('button', { name: i18n.t(A.toppedUp) }));
      await waitFor(() => expect(requests(context)).toHaveLength(2));
      await canvas.findByRole('heading', { name: i18n.t('code.INSUFFICIENT_CREDIT.title') });
    });
    await step('after the top-up: the content', async () => {
      await userEvent.click(canvas.getByRole('button', { name: FAKE_API_ACTIONS.topUp }));
      await userEvent.click(await canvas.findByRole('button', { name: i18n.t(A.toppedUp) }));
      await findContent(context);
      await expect(requests(context).map((r) => r.status)).toEqual([400, 400, 201]);
    });
  },
};

/** INSUFFICIENT_CREDIT: "Request a shorter view" asks again for half the time, which the credit covers. */
export const ShorterView: Story = {
  parameters: { fakeApi: { creditSeconds: 60 } },
  play: async (context) => {
    const { canvas, userEvent, args } = context;
    const { i18n } = storyKit(context);
    await userEvent.click(await canvas.findByRole('button', { name: i18n.t(A.shortenDuration) }));
    await expect(args.onShortenDuration).toHaveBeenCalledTimes(1);
    await findContent(context);
    await expect(requests(context).map((r) => [r.status, r.body])).toEqual([
      [400, expect.objectContaining({ maxDurationSeconds: 120 })],
      [201, expect.objectContaining({ maxDurationSeconds: 60 })],
    ]);
  },
};
