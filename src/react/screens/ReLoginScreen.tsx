import { isSafeHref } from '../../core/isSafeHref';
import { loginHref } from '../../core/loginHref';
import { MESSAGE_KEYS } from '../../core/messageKeys';
import type { LuxxonFallbackProps } from '../LuxxonFallbackProps';
import { useHydrated } from '../useHydrated';
import { useLuxxon } from '../useLuxxon';
import { useLuxxonTranslation } from '../useLuxxonTranslation';
import { useReauthenticate } from '../useReauthenticate';
import { ActionButton } from './ActionButton';
import { ErrorScreen } from './ErrorScreen';

/**
 * NOT_AUTHENTICATED: "Sign in again" runs the app's `onReauthenticate` with
 * the current page as `returnTo`; once it resolves the boundary resets and
 * the failed request runs again. A rejection keeps the screen with "sign-in
 * didn't finish" and the button. Without `onReauthenticate` but with a safe
 * `loginUrl`, the button is a link to it carrying `returnTo`.
 */
export function ReLoginScreen({ experience, retry }: LuxxonFallbackProps<'re-login'>) {
  const { onReauthenticate, loginUrl } = useLuxxon();
  const { t } = useLuxxonTranslation();
  const { phase, start } = useReauthenticate(retry);

  // Read at render once hydrated: the link must carry the page the user is on now. The server (and
  // hydration) cannot know it, so until then the link is the sign-in page itself, without returnTo.
  const hydrated = useHydrated();
  const here = hydrated ? window.location : undefined;
  const loginLink = onReauthenticate ? undefined : here ? loginHref(loginUrl, here.href, here.origin) : isSafeHref(loginUrl) ? loginUrl : undefined;
  if (loginLink !== undefined) {
    return (
      <ErrorScreen
        experience={experience}
        role="alert"
        actions={
          <a className="lx-button lx-button--primary" href={loginLink}>
            {t(MESSAGE_KEYS.action.signIn)}
          </a>
        }
      />
    );
  }

  return (
    <ErrorScreen
      experience={experience}
      role="alert"
      actions={
        // aria-disabled, not disabled: the button keeps focus while the app signs in.
        <ActionButton
          primary
          onClick={start ?? (() => retry())}
          aria-disabled={phase === 'pending'}
          aria-busy={phase === 'pending'}
        >
          {t(phase === 'pending' ? MESSAGE_KEYS.reLogin.pending : MESSAGE_KEYS.action.signIn)}
        </ActionButton>
      }
    >
      {phase === 'failed' && <p className="lx-error__note">{t(MESSAGE_KEYS.reLogin.failed)}</p>}
    </ErrorScreen>
  );
}
