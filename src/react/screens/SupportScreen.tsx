import { useEffect, useState } from 'react';
import { isKitErrorCode } from '../../core/codes';
import { MESSAGE_KEYS } from '../../core/messageKeys';
import type { LuxxonFallbackProps } from '../LuxxonFallbackProps';
import { useLuxxon } from '../useLuxxon';
import { useLuxxonTranslation } from '../useLuxxonTranslation';
import { ActionButton } from './ActionButton';
import { ErrorScreen } from './ErrorScreen';
import { ExternalLink } from './ExternalLink';
import { SupportReferenceView } from './SupportReferenceView';

const A = MESSAGE_KEYS.action;

/**
 * The infrastructure family (`service-down`, after React Query's own
 * retries) and unknown codes (`generic`): "Try again", a support reference
 * to quote (after the actions, in reading and Tab order), and for unknown
 * server codes only, the server's English message as secondary text marked
 * `lang="en"`. `detail` is never shown. The kit's own codes (a proxy's
 * page, app code), which no server timestamp comes with, carry the time the
 * screen appeared, once mounted (the server render and hydration show none,
 * so they agree); a server code shows only the time the server sent.
 */
export function SupportScreen({ experience, retry }: LuxxonFallbackProps<'service-down' | 'generic'>) {
  const { supportUrl } = useLuxxon();
  const { t } = useLuxxonTranslation();
  const serverMessage = experience.kind === 'generic' ? experience.serverMessage : undefined;
  const { support } = experience;
  const stamp = isKitErrorCode(support.code) && !support.timestamp;
  const [shownAt, setShownAt] = useState('');
  useEffect(() => {
    if (stamp) setShownAt(new Date().toISOString());
  }, [experience, stamp]);
  return (
    <ErrorScreen
      experience={experience}
      role="alert"
      actions={
        <>
          <ActionButton rank="primary" onClick={retry}>
            {t(A.retry)}
          </ActionButton>
          <ExternalLink href={supportUrl}>{t(A.contactSupport)}</ExternalLink>
        </>
      }
      footer={<SupportReferenceView reference={stamp ? { ...support, timestamp: shownAt } : support} />}
    >
      {serverMessage !== undefined && (
        <p className="lx-error__server-message">
          <span>{t(MESSAGE_KEYS.serverMessage)}</span>{' '}
          {/* The quotation marks are the sentence's (its language and direction); the English inside is isolated. */}
          <q>
            <bdi lang="en" dir="ltr">
              {serverMessage}
            </bdi>
          </q>
        </p>
      )}
    </ErrorScreen>
  );
}
