import { MESSAGE_KEYS } from '../../core/messageKeys';
import type { SignIn } from '../useSignIn';
import { useLuxxonTranslation } from '../useLuxxonTranslation';
import { ActionButton } from './ActionButton';

/**
 * What the re-login and permission screens say of the page's sign-in: that
 * it did not finish, or that it is taking long (with Cancel; the screen's own
 * button starts it again).
 */
export function SignInNote({ signIn }: { readonly signIn: SignIn }) {
  const { t } = useLuxxonTranslation();
  if (signIn.phase === 'failed') return <p className="lx-error__note">{t(MESSAGE_KEYS.reLogin.failed)}</p>;
  if (signIn.phase !== 'stalled') return null;
  return (
    <p className="lx-error__note">
      {t(MESSAGE_KEYS.reLogin.stalled)}{' '}
      <ActionButton onClick={signIn.cancel}>{t(MESSAGE_KEYS.action.cancelSignIn)}</ActionButton>
    </p>
  );
}
