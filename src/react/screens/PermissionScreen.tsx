import { isSafeHref } from '../../core/isSafeHref';
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
 * can fix it, and lead with the action that can: "Use another account" when
 * the app can sign in again (the page's one sign-in, as on the re-login
 * screen), else the support link when configured; "Try again" once access
 * is granted comes second.
 */
export function PermissionScreen({ experience, retry }: LuxxonFallbackProps<'permission'>) {
  const { supportUrl } = useLuxxon();
  const { t } = useLuxxonTranslation();
  const signIn = useSignIn();
  const switchAccount = signIn.start;
  const supportLeads = !switchAccount && isSafeHref(supportUrl);
  const support = (
    <ExternalLink href={supportUrl} rank={supportLeads ? 'primary' : 'tertiary'}>
      {t(A.contactSupport)}
    </ExternalLink>
  );
  return (
    <ErrorScreen
      experience={experience}
      role="alert"
      actions={
        <>
          {switchAccount && (
            <ActionButton rank="primary" onClick={switchAccount} busy={signIn.phase === 'pending'} busyLabel={t(MESSAGE_KEYS.reLogin.pending)}>
              {t(A.switchAccount)}
            </ActionButton>
          )}
          {supportLeads && support}
          <ActionButton rank={switchAccount || supportLeads ? 'secondary' : 'primary'} onClick={retry}>
            {t(A.retry)}
          </ActionButton>
          {!supportLeads && support}
        </>
      }
    >
      <SignInNote signIn={signIn} />
    </ErrorScreen>
  );
}
