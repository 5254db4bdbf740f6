import { MESSAGE_KEYS } from '../../core/messageKeys';
import type { LuxxonFallbackProps } from '../LuxxonFallbackProps';
import { useLuxxon } from '../useLuxxon';
import { useLuxxonTranslation } from '../useLuxxonTranslation';
import { useSignIn } from '../useSignIn';
import { ActionButton } from './ActionButton';
import { ErrorScreen } from './ErrorScreen';
import { ExternalLink } from './ExternalLink';
import { SignInNote } from './SignInNote';

const A = MESSAGE_KEYS.action;

/**
 * NOT_AUTHORIZED, INSUFFICIENT_SCOPE, NOT_OPERATOR, NOT_YOUR_SESSION: say who
 * can fix it; "Try again" once access is granted, "Use another account" when
 * the app can sign in again (the page's one sign-in, as on the re-login
 * screen), and the support link when configured.
 */
export function PermissionScreen({ experience, retry }: LuxxonFallbackProps<'permission'>) {
  const { supportUrl } = useLuxxon();
  const { t } = useLuxxonTranslation();
  const signIn = useSignIn();
  const pending = signIn.phase === 'pending';
  return (
    <ErrorScreen
      experience={experience}
      role="alert"
      actions={
        <>
          <ActionButton primary onClick={retry}>
            {t(A.retry)}
          </ActionButton>
          {signIn.start && (
            <ActionButton onClick={signIn.start} aria-disabled={pending} aria-busy={pending}>
              {t(pending ? MESSAGE_KEYS.reLogin.pending : A.switchAccount)}
            </ActionButton>
          )}
          <ExternalLink href={supportUrl}>{t(A.contactSupport)}</ExternalLink>
        </>
      }
    >
      <SignInNote signIn={signIn} />
    </ErrorScreen>
  );
}
