import { isKnownErrorCode } from './codes';

/** The i18next namespace of every string the kit shows. */
export const LUXXON_NAMESPACE = 'luxxon';

/**
 * Every fixed key the kit renders, so that no key is assembled at render
 * time. Plural keys (`waiting.countdown`) take `count`.
 */
export const MESSAGE_KEYS = {
  action: {
    retry: 'action.retry',
    refresh: 'action.refresh',
    topUp: 'action.topUp',
    toppedUp: 'action.toppedUp',
    shortenDuration: 'action.shortenDuration',
    signIn: 'action.signIn',
    switchAccount: 'action.switchAccount',
    cancel: 'action.cancel',
    checkNow: 'action.checkNow',
    contactSupport: 'action.contactSupport',
    copy: 'action.copy',
  },
  waiting: {
    countdown: 'waiting.countdown',
    checking: 'waiting.checking',
    paused: 'waiting.paused',
    stopped: 'waiting.stopped',
  },
  reLogin: {
    pending: 'reLogin.pending',
    failed: 'reLogin.failed',
  },
  support: {
    heading: 'support.heading',
    code: 'support.code',
    time: 'support.time',
    requestId: 'support.requestId',
    copied: 'support.copied',
  },
  serverMessage: 'serverMessage',
  newWindow: 'newWindow',
} as const;

/** Title and description keys for one experience, most specific first. */
export interface ExperienceText {
  readonly title: readonly string[];
  readonly description: readonly string[];
}

/**
 * The ordered keys for a code's title and description: code-specific, then
 * generic. Unknown codes get only the generic keys: a server code is never
 * spliced into a key.
 *
 * @example textKeys('NO_CREDIT').title // ['code.NO_CREDIT.title', 'generic.title']
 * @example textKeys('SOMETHING_NEW').title // ['generic.title']
 */
export function textKeys(code: string): ExperienceText {
  const codeKeys = (part: string) => (isKnownErrorCode(code) ? [`code.${code}.${part}`] : []);
  return {
    title: [...codeKeys('title'), 'generic.title'],
    description: [...codeKeys('description'), 'generic.description'],
  };
}
