import { MESSAGE_KEYS } from '../../core/messageKeys';
import { currentReturnUrl } from '../currentReturnUrl';
import type { LuxxonFallbackProps } from '../LuxxonFallbackProps';
import { useLuxxon } from '../useLuxxon';
import { useLuxxonTranslation } from '../useLuxxonTranslation';
import { ActionButton } from './ActionButton';
import { ErrorScreen } from './ErrorScreen';
import { ExternalLink } from './ExternalLink';

const A = MESSAGE_KEYS.action;

/**
 * NOT_AUTHORIZED, INSUFFICIENT_SCOPE, NOT_OPERATOR, NOT_YOUR_SESSION: say who
 * can fix it; "Try again" once access is granted, "Use another account" when
 * the app can sign in again, and the support link when configured.
 */
export function PermissionScreen({ experience, retry }: LuxxonFallbackProps<'permission'>) {
  const { onReauthenticate, supportUrl } = useLuxxon();
  const { t } = useLuxxonTranslation();
  const switchAccount = onReauthenticate
    ? () => {
        void Promise.resolve()
          .then(() => onReauthenticate({ returnTo: currentReturnUrl() }))
          .then(retry, () => undefined);
      }
    : undefined;
  return (
    <ErrorScreen
      experience={experience}
      role="alert"
      actions={
        <>
          <ActionButton primary onClick={retry}>
            {t(A.retry)}
          </ActionButton>
          {switchAccount && <ActionButton onClick={switchAccount}>{t(A.switchAccount)}</ActionButton>}
          <ExternalLink href={supportUrl}>{t(A.contactSupport)}</ExternalLink>
        </>
      }
    />
  );
}
