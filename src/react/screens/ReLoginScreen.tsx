import { loginHref } from '../../core/loginHref';
import { MESSAGE_KEYS } from '../../core/messageKeys';
import type { LuxxonFallbackProps } from '../LuxxonFallbackProps';
import { useLuxxon } from '../useLuxxon';
import { useLuxxonTranslation } from '../useLuxxonTranslation';
import { useSignIn } from '../useSignIn';
import { ActionButton } from './ActionButton';
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

  // Read at render: the link must carry the page the user is on now.
  const loginLink = signIn.start || typeof window === 'undefined' ? undefined : loginHref(loginUrl, window.location.href, window.location.origin);
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

  const pending = signIn.phase === 'pending';
  return (
    <ErrorScreen
      experience={experience}
      role="alert"
      actions={
        // aria-disabled, not disabled: the button keeps focus while the app signs in.
        <ActionButton primary onClick={signIn.start ?? retry} aria-disabled={pending} aria-busy={pending}>
          {t(pending ? MESSAGE_KEYS.reLogin.pending : MESSAGE_KEYS.action.signIn)}
        </ActionButton>
      }
    >
      <SignInNote signIn={signIn} />
    </ErrorScreen>
  );
}
