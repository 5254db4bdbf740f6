import { MESSAGE_KEYS } from '../../core/messageKeys';
import type { LuxxonFallbackProps } from '../LuxxonFallbackProps';
import { useLuxxon } from '../useLuxxon';
import { useLuxxonTranslation } from '../useLuxxonTranslation';
import { useReauthenticate } from '../useReauthenticate';
import { ActionButton } from './ActionButton';
import { ErrorScreen } from './ErrorScreen';
import { ExternalLink } from './ExternalLink';

const A = MESSAGE_KEYS.action;

/**
 * NOT_AUTHORIZED, INSUFFICIENT_SCOPE, NOT_OPERATOR, NOT_YOUR_SESSION: say who
 * can fix it; "Try again" once access is granted, "Use another account" when
 * the app can sign in again (a sign-in that does not finish says so, as on
 * the re-login screen), and the support link when configured.
 */
export function PermissionScreen({ experience, retry }: LuxxonFallbackProps<'permission'>) {
  const { supportUrl } = useLuxxon();
  const { t } = useLuxxonTranslation();
  const { phase, start: switchAccount } = useReauthenticate(retry);
  return (
    <ErrorScreen
      experience={experience}
      role="alert"
      actions={
        <>
          <ActionButton primary onClick={retry}>
            {t(A.retry)}
          </ActionButton>
          {switchAccount && (
            <ActionButton onClick={switchAccount} aria-disabled={phase === 'pending'} aria-busy={phase === 'pending'}>
              {t(phase === 'pending' ? MESSAGE_KEYS.reLogin.pending : A.switchAccount)}
            </ActionButton>
          )}
          <ExternalLink href={supportUrl}>{t(A.contactSupport)}</ExternalLink>
        </>
      }
    >
      {phase === 'failed' && <p className="lx-error__note">{t(MESSAGE_KEYS.reLogin.failed)}</p>}
    </ErrorScreen>
  );
}
