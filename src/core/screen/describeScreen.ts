import type { Experience } from '../experience/Experience';
import type { ExperienceKind } from '../experience/ExperienceKind';
import { isSafeHref } from '../urls/isSafeHref';
import { loginHref } from '../urls/loginHref';
import { MESSAGE_KEYS } from '../experience/messageKeys';
import type { ScreenActionId, ScreenActionModel, ScreenActionRank, ScreenModel, ScreenNoteModel, ScreenSettings, ScreenState, ScreenTone } from './ScreenModel';

const TONES = {
  'top-up': 'warning',
  're-login': 'info',
  waiting: 'info',
  permission: 'warning',
  'fix-request': 'warning',
  'out-of-date': 'info',
  'not-found': 'neutral',
  'service-down': 'critical',
  reload: 'info',
  generic: 'critical',
} as const satisfies Record<ExperienceKind, ScreenTone>;

/** A button, or with `more.kind: 'link'` a link. */
function action(id: ScreenActionId, rank: ScreenActionRank, more?: Partial<ScreenActionModel>): ScreenActionModel {
  return { id, labelKey: MESSAGE_KEYS.action[id === 'stopWaiting' ? 'cancel' : id], busyLabelKey: undefined, rank, primary: rank === 'primary', busy: false, disabled: false, kind: 'button', href: undefined, opensNewTab: false, ...more } as ScreenActionModel;
}
/** A link to one of the app's URLs: none when that URL is missing or unsafe. */
const link = (id: ScreenActionId, rank: ScreenActionRank, href: string | undefined, opensNewTab = true) =>
  isSafeHref(href) ? action(id, rank, { kind: 'link', href, opensNewTab }) : undefined;
const signingIn = (state: ScreenState) => ({ busy: state.signIn === 'pending', busyLabelKey: MESSAGE_KEYS.reLogin.pending });

const note = (reason: ScreenNoteModel['reason'], key: string, more?: Partial<ScreenNoteModel>): ScreenNoteModel => ({
  reason,
  key,
  count: undefined,
  tone: 'muted',
  live: undefined,
  spinner: false,
  action: undefined,
  ...more,
});

/** What the re-login and permission screens say of the page's sign-in. */
function signInNote({ signIn }: ScreenState): ScreenNoteModel | undefined {
  if (signIn === 'failed') return note('sign-in-failed', MESSAGE_KEYS.reLogin.failed, { tone: 'error' });
  if (signIn === 'stalled') return note('sign-in-stalled', MESSAGE_KEYS.reLogin.stalled, { action: action('cancelSignIn', 'tertiary') });
  return undefined;
}

/**
 * The screen for one experience, in the state the page's recovery is in and
 * with the app's settings: tone, role, text keys, note and the ordered
 * actions. Pure; the React layer localizes it and wires the actions
 * (`useLuxxonScreen`).
 *
 * - `top-up`: the top-up link (new tab), "I've topped up", and for
 *   INSUFFICIENT_CREDIT "request a shorter view" when the app handles it.
 * - `re-login`: "Sign in again", a button with `onReauthenticate`, else a
 *   same-tab link to `loginUrl` with `returnTo`; the sign-in note.
 * - `waiting`: a polite status with the shared countdown; "Check now" and
 *   "Stop waiting", or "Try again" once stopped; offline NETWORK_ERROR says so.
 * - `permission`: "Use another account" when the app can sign in again, else
 *   support leads; "Try again" once access is granted.
 * - `fix-request`, `out-of-date` ("Refresh"), `not-found` (home first when
 *   the app has `homeUrl`): one action runs the request again.
 * - `reload`: reload the page (once; see the React layer).
 * - `service-down`, `generic`: "Try again", support, the support reference,
 *   and for unknown server codes the server's English message.
 *
 * @example describeScreen(resolveExperience(error), snapshot, { canReauthenticate: true, canShortenDuration: false }).actions[0].id // 'signIn'
 */
export function describeScreen(experience: Experience, state: ScreenState, settings: ScreenSettings): ScreenModel {
  const { kind, code } = experience;
  // Actions that are not offered are `false` (a condition) or `undefined` (a missing or unsafe URL).
  let actions: readonly (ScreenActionModel | false | undefined)[];
  let text = experience.text;
  let screenNote: ScreenNoteModel | undefined;
  let support;
  let serverMessage;
  switch (kind) {
    case 'top-up':
      actions = [
        link('topUp', 'primary', settings.topUpUrl),
        action('toppedUp', 'secondary'),
        experience.canShortenDuration && settings.canShortenDuration && action('shortenDuration', 'tertiary'),
      ];
      break;
    case 're-login': {
      const here = settings.location;
      const loginLink = settings.canReauthenticate
        ? undefined
        : here
          ? loginHref(settings.loginUrl, here.href, here.origin)
          : settings.loginUrl;
      const signInLink = link('signIn', 'primary', loginLink, false);
      actions = [signInLink ?? action('signIn', 'primary', signingIn(state))];
      if (!signInLink) screenNote = signInNote(state);
      break;
    }
    case 'waiting': {
      const { phase } = state;
      if (state.offline && code === 'NETWORK_ERROR') text = { title: [MESSAGE_KEYS.offline.title], description: [MESSAGE_KEYS.offline.description] };
      screenNote =
        phase === 'counting'
          ? note(phase, MESSAGE_KEYS.waiting.countdown, { count: state.secondsLeft, live: 'off' })
          : note(phase, MESSAGE_KEYS.waiting[phase], { live: 'polite', spinner: phase === 'checking' });
      actions =
        phase === 'stopped'
          ? [action('retry', 'primary')]
          : [action('checkNow', 'primary', { disabled: phase === 'checking' || phase === 'offline' }), action('stopWaiting', 'tertiary')];
      break;
    }
    case 'permission': {
      // "Use another account" leads when the app can sign in again (support comes last), else support does.
      const switchAccount = settings.canReauthenticate;
      const contact = link('contactSupport', switchAccount ? 'tertiary' : 'primary', settings.supportUrl);
      actions = [
        switchAccount ? action('switchAccount', 'primary', signingIn(state)) : contact,
        action('retry', switchAccount || contact ? 'secondary' : 'primary'),
        switchAccount && contact,
      ];
      screenNote = signInNote(state);
      break;
    }
    case 'fix-request':
    case 'out-of-date':
    case 'not-found': {
      const home = kind === 'not-found' && link('goHome', 'primary', settings.homeUrl, false);
      actions = [home, action(kind === 'out-of-date' ? 'refresh' : 'retry', home ? 'secondary' : 'primary')];
      break;
    }
    case 'reload':
      actions = [action('reload', 'primary')];
      break;
    case 'service-down':
    case 'generic':
      actions = [action('retry', 'primary'), link('contactSupport', 'secondary', settings.supportUrl)];
      support = experience.support;
      if (kind === 'generic' && experience.serverMessage !== undefined) {
        serverMessage = { labelKey: MESSAGE_KEYS.serverMessage, text: experience.serverMessage, lang: 'en' as const };
      }
      break;
    default:
      return experience satisfies never;
  }
  return {
    kind,
    code,
    tone: TONES[kind],
    role: kind === 'waiting' ? 'status' : 'alert',
    text,
    note: screenNote,
    actions: actions.filter((action) => !!action),
    support,
    serverMessage,
  } as ScreenModel;
}
