import { declaredCode, type AppCodes } from '../codes/appCodes';
import { isKnownErrorCode } from '../codes/codes';

/**
 * The i18next namespace of every string the kit shows.
 *
 * @example const { t } = useTranslation(LUXXON_NAMESPACE);
 */
export const LUXXON_NAMESPACE = 'luxxon';

/** `{ retry: 'action.retry', … }` for `group('action', ['retry', …])`: each key written once. */
function group<const G extends string, const N extends string>(prefix: G, names: readonly N[]): { readonly [K in N]: `${G}.${K}` } {
  return Object.fromEntries(names.map((name) => [name, `${prefix}.${name}`])) as { readonly [K in N]: `${G}.${K}` };
}

/**
 * Every fixed key the kit renders, so that no key is assembled at render
 * time. Plural keys (`waiting.countdown`) take `count`.
 *
 * @example MESSAGE_KEYS.action.retry // 'action.retry'
 */
export const MESSAGE_KEYS = {
  action: group('action', [
    'retry',
    'refresh',
    'topUp',
    'toppedUp',
    'shortenDuration',
    'signIn',
    'switchAccount',
    'cancel',
    'checkNow',
    'contactSupport',
    'copy',
    'cancelSignIn',
    'reload',
    'goHome',
  ]),
  waiting: group('waiting', ['countdown', 'checking', 'paused', 'stopped', 'offline']),
  offline: group('offline', ['title', 'description']),
  reLogin: group('reLogin', ['pending', 'failed', 'stalled']),
  support: group('support', ['heading', 'code', 'time', 'requestId', 'copied']),
  serverMessage: 'serverMessage',
  newWindow: 'newWindow',
} as const;

/**
 * Title and description keys for one experience, most specific first.
 *
 * @example
 * const { t } = useTranslation(LUXXON_NAMESPACE);
 * const title = t(resolveExperience(error).text.title); // most specific key first
 */
export interface ExperienceText {
  readonly title: readonly string[];
  readonly description: readonly string[];
}

/**
 * The ordered keys for a code's title and description: code-specific, then
 * generic. Unknown codes get only the generic keys: a server code is never
 * spliced into a key, unless the app declared it in `codes` (and it has the
 * API's shape, `UPPER_SNAKE_CASE`).
 *
 * @example textKeys('NO_CREDIT').title // ['code.NO_CREDIT.title', 'generic.title']
 * @example textKeys('SOMETHING_NEW').title // ['generic.title']
 * @example textKeys('OPERATOR_BUSY', { OPERATOR_BUSY: { kind: 'waiting' } }).title // ['code.OPERATOR_BUSY.title', 'generic.title']
 */
export function textKeys(code: string, codes?: AppCodes): ExperienceText {
  const codeKeys = (part: string) => (isKnownErrorCode(code) || declaredCode(code, codes) ? [`code.${code}.${part}`] : []);
  return {
    title: [...codeKeys('title'), 'generic.title'],
    description: [...codeKeys('description'), 'generic.description'],
  };
}
