import { isSafeHref } from '../../core/isSafeHref';
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
 * can fix it, and lead with the action that can: "Use another account" when
 * the app can sign in again (a sign-in that does not finish says so, as on
 * the re-login screen), else the support link when configured; "Try again"
 * once access is granted comes second.
 */
export function PermissionScreen({ experience, retry }: LuxxonFallbackProps<'permission'>) {
  const { supportUrl } = useLuxxon();
  const { t } = useLuxxonTranslation();
  const { phase, start: switchAccount } = useReauthenticate(retry);
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
            <ActionButton rank="primary" onClick={switchAccount} busy={phase === 'pending'} busyLabel={t(MESSAGE_KEYS.reLogin.pending)}>
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
      {phase === 'failed' && <p className="lx-error__note lx-error__note--error">{t(MESSAGE_KEYS.reLogin.failed)}</p>}
    </ErrorScreen>
  );
}
