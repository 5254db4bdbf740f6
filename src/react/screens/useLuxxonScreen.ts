import { useContext, useEffect, useState } from 'react';
import { isKitErrorCode } from '../../core/codes/codes';
import { MESSAGE_KEYS } from '../../core/experience/messageKeys';
import { describeScreen } from '../../core/screen/describeScreen';
import type { ScreenActionId, ScreenActionModel } from '../../core/screen/ScreenModel';
import { supportReferenceText } from '../../core/experience/supportReferenceText';
import { toLuxxonError } from '../../core/errors/toLuxxonError';
import type { LuxxonScreen, LuxxonScreenAction, LuxxonScreenSupport, LuxxonSupportRow } from './LuxxonScreen';
import { LuxxonScreenContext } from './LuxxonScreenContext';
import { reloadOnce } from './reloadOnce';
import { useHydrated } from '../provider/useHydrated';
import { useLuxxon } from '../provider/useLuxxon';
import { useLuxxonTranslation } from '../provider/useLuxxonTranslation';
import { useScreenRuntime, type ScreenHandlers } from './useScreenRuntime';

/**
 * Options of {@link useLuxxonScreen}: the handlers of an error shown outside
 * the kit's screens (a mutation's, a form's). Inside a custom screen the
 * boundary's are used, and these are ignored.
 */
export interface UseLuxxonScreenOptions extends ScreenHandlers {
  /**
   * Runs the failed operation again. Needed outside a kit screen.
   * @example
   * ```tsx
   * const screen = useLuxxonScreen(mutation.error, { onRetry: () => mutation.mutate(vars) });
   * ```
   */
  readonly onRetry?: (() => void) | undefined;
}

const noop = () => undefined;

/** Bundlers replace this: development builds get the long message, production builds drop it. */
declare const process: { readonly env: { readonly NODE_ENV?: string } };

function formatTime(timestamp: string, lng: string): string {
  try {
    // `timeStyle: 'long'` carries the zone ("UTC"); `timeZoneName` may not be combined with the styles (it throws).
    return new Intl.DateTimeFormat(lng, { dateStyle: 'medium', timeStyle: 'long', timeZone: 'UTC' }).format(new Date(timestamp));
  } catch {
    return timestamp;
  }
}

/**
 * Everything a screen for `error` needs, localized and wired: kind, tone,
 * role, title, description, the note (countdown, paused, offline, sign-in),
 * the ordered actions with their labels and handlers (retry, the page's
 * sign-in, top-up, check, reload), the support reference with its copy
 * action, and the server's message when it may be shown. The built-in
 * screens are renderings of it. `detail` is never in it.
 *
 * In a custom screen (`screens` on the boundary or `LuxxonErrorScreen`),
 * pass the screen's `error`: the hook reads the boundary's screen. Elsewhere
 * pass `onRetry` (and `onCheck`): the screen joins the page's recovery as
 * `LuxxonErrorScreen` does. Needs `<LuxxonProvider>` above it.
 *
 * @example
 * ```tsx
 * function MyScreen({ error }: LuxxonScreenProps) {
 *   const screen = useLuxxonScreen(error);
 *   return (
 *     <Alert role={screen.role} title={screen.title} lang={screen.lang} dir={screen.dir}>
 *       {screen.description}
 *       {screen.actions.map((a) => <Button key={a.id} onClick={a.onPress}>{a.label}</Button>)}
 *     </Alert>
 *   );
 * }
 * ```
 */
export function useLuxxonScreen(error: unknown, options: UseLuxxonScreenOptions = {}): LuxxonScreen {
  const outer = useContext(LuxxonScreenContext);
  const inside = outer !== null && outer.error === toLuxxonError(error);
  const own = useScreenRuntime(error, options, inside);
  if (!inside && !options.onRetry) {
    throw new Error(`useLuxxonScreen: pass { onRetry }${process.env.NODE_ENV === 'production' ? '' : ' outside <LuxxonErrorScreen> and <LuxxonErrorBoundary> screens.'}`);
  }
  const { error: luxxonError, experience, snapshot, member, retry, onShortenDuration } = inside ? outer : own;
  const config = useLuxxon();
  const { onReauthenticate } = config;
  const { t, lng, dir } = useLuxxonTranslation();
  const hydrated = useHydrated();
  const [copied, setCopied] = useState(false);
  const model = describeScreen(experience, snapshot, {
    ...config,
    canReauthenticate: !!onReauthenticate,
    canShortenDuration: !!onShortenDuration,
    // Read at render once hydrated: the sign-in link must carry the page the user is on now.
    location: hydrated ? window.location : undefined,
  });
  // The kit's own codes (a proxy's page, app code) come with no server time: the time the screen
  // appeared stands in, once mounted (the server render and hydration show none, so they agree).
  const stamp = model.support !== undefined && isKitErrorCode(model.code) && !model.support.timestamp;
  const [shownAt, setShownAt] = useState('');
  useEffect(() => {
    if (stamp) setShownAt(new Date().toISOString());
  }, [experience, stamp]);

  // What each action does; links navigate by themselves (the top-up link also tells the page).
  const press: Record<ScreenActionId, () => void> = {
    topUp: () => member?.openedTopUp(),
    toppedUp: () => (member ? member.toppedUp() : retry()),
    shortenDuration: () => {
      onShortenDuration?.(luxxonError);
      retry();
    },
    signIn: () => (onReauthenticate ? member?.signIn() : retry()),
    switchAccount: () => member?.signIn(),
    checkNow: () => member?.checkNow(),
    stopWaiting: () => member?.stop(),
    cancelSignIn: () => member?.cancelSignIn(),
    reload: () => reloadOnce(retry),
    retry,
    refresh: retry,
    goHome: noop,
    contactSupport: noop,
  };
  const action = (a: ScreenActionModel): LuxxonScreenAction => ({
    ...a,
    label: t(a.labelKey),
    busyLabel: a.busyLabelKey && t(a.busyLabelKey),
    newTabLabel: a.opensNewTab ? t(MESSAGE_KEYS.newWindow) : undefined,
    onPress: press[a.id],
  });

  let support: LuxxonScreenSupport | undefined;
  if (model.support) {
    const reference = stamp ? { ...model.support, timestamp: shownAt } : model.support;
    const { code, timestamp, requestId } = reference;
    const text = supportReferenceText(reference);
    const row = (id: LuxxonSupportRow['id'], value: string, dateTime?: string): LuxxonSupportRow => ({ id, label: t(MESSAGE_KEYS.support[id]), value, dateTime });
    support = {
      heading: t(MESSAGE_KEYS.support.heading),
      rows: [row('code', code), ...(timestamp ? [row('time', formatTime(timestamp, lng), timestamp)] : []), ...(requestId ? [row('requestId', requestId)] : [])],
      reference,
      text,
      copy: () => {
        const clipboard = typeof navigator === 'undefined' ? undefined : navigator.clipboard;
        clipboard?.writeText(text).then(
          () => setCopied(true),
          () => setCopied(false),
        );
      },
      copyLabel: t(MESSAGE_KEYS.action.copy),
      copied,
      copiedLabel: t(MESSAGE_KEYS.support.copied),
    };
  }
  const { note, serverMessage } = model;
  return {
    ...model,
    lang: lng,
    dir,
    title: t(model.text.title),
    description: t(model.text.description),
    note: note && { ...note, text: t(note.key, { count: note.count }), action: note.action && action(note.action) },
    actions: model.actions.map(action),
    support,
    serverMessage: serverMessage && { label: t(serverMessage.labelKey), text: serverMessage.text, lang: serverMessage.lang },
  } as LuxxonScreen;
}
