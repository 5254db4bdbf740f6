import { isSafeHref } from '../../core/isSafeHref';
import { loginHref } from '../../core/loginHref';
import { MESSAGE_KEYS } from '../../core/messageKeys';
import type { LuxxonFallbackProps } from '../LuxxonFallbackProps';
import { useHydrated } from '../useHydrated';
import { useLuxxon } from '../useLuxxon';
import { useLuxxonTranslation } from '../useLuxxonTranslation';
import { useSignIn } from '../useSignIn';
import { ActionButton, actionClassName } from './ActionButton';
import { ErrorScreen } from './ErrorScreen';
import { SignInNote } from './SignInNote';

/**
 * NOT_AUTHENTICATED: "Sign in again" runs the app's `onReauthenticate` with
 * the current page as `returnTo`, once for the whole page: every re-login
 * screen joins the same sign-in, and each retries its failed requests once
 * it resolves. A rejection keeps the screens with "sign-in didn't finish";
 * a sign-in that takes long offers to cancel or start again. Without
 * `onReauthenticate` but with a safe `loginUrl`, the button is a link to it
 * carrying `returnTo`.
 */
export function ReLoginScreen({ experience, retry }: LuxxonFallbackProps<'re-login'>) {
  const { loginUrl } = useLuxxon();
  const { t } = useLuxxonTranslation();
  const signIn = useSignIn();

  // Read at render once hydrated: the link must carry the page the user is on now. The server (and
  // hydration) cannot know it, so until then the link is the sign-in page itself, without returnTo.
  const hydrated = useHydrated();
  const here = hydrated ? window.location : undefined;
  const loginLink = signIn.start ? undefined : here ? loginHref(loginUrl, here.href, here.origin) : isSafeHref(loginUrl) ? loginUrl : undefined;
  if (loginLink !== undefined) {
    return (
      <ErrorScreen
        experience={experience}
        role="alert"
        actions={
          <a className={actionClassName('primary')} href={loginLink}>
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
        // Busy is aria-disabled, not disabled: the button keeps focus while the app signs in.
        <ActionButton rank="primary" onClick={signIn.start ?? retry} busy={signIn.phase === 'pending'} busyLabel={t(MESSAGE_KEYS.reLogin.pending)}>
          {t(MESSAGE_KEYS.action.signIn)}
        </ActionButton>
      }
    >
      <SignInNote signIn={signIn} />
    </ErrorScreen>
  );
}
