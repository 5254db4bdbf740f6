import { MESSAGE_KEYS } from '../../core/messageKeys';
import type { LuxxonFallbackProps } from '../LuxxonFallbackProps';
import { useScreenRecovery } from '../LuxxonScreenContext';
import { useLuxxon } from '../useLuxxon';
import { useLuxxonTranslation } from '../useLuxxonTranslation';
import { ActionButton } from './ActionButton';
import { ErrorScreen } from './ErrorScreen';
import { ExternalLink } from './ExternalLink';

const A = MESSAGE_KEYS.action;

/**
 * NO_CREDIT / INSUFFICIENT_CREDIT: a top-up link (the app's `topUpUrl`, in a
 * new tab; coming back to this tab then checks every credit screen once),
 * "I've topped up" to retry every credit screen of the page, and for
 * INSUFFICIENT_CREDIT "request a shorter view" when the boundary has
 * `onShortenDuration`.
 */
export function TopUpScreen({ error, experience, retry, onShortenDuration }: LuxxonFallbackProps<'top-up'>) {
  const { topUpUrl } = useLuxxon();
  const { t } = useLuxxonTranslation();
  const { member } = useScreenRecovery();
  const shorten =
    experience.canShortenDuration && onShortenDuration
      ? () => {
          onShortenDuration(error);
          retry();
        }
      : undefined;
  return (
    <ErrorScreen
      experience={experience}
      role="alert"
      actions={
        <>
          <ExternalLink href={topUpUrl} primary onClick={() => member?.openedTopUp()}>
            {t(A.topUp)}
          </ExternalLink>
          <ActionButton onClick={() => (member ? member.toppedUp() : retry())}>{t(A.toppedUp)}</ActionButton>
          {shorten && <ActionButton onClick={shorten}>{t(A.shortenDuration)}</ActionButton>}
        </>
      }
    />
  );
}
