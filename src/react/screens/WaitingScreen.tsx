import { MESSAGE_KEYS } from '../../core/messageKeys';
import type { LuxxonFallbackProps } from '../LuxxonFallbackProps';
import { useScreenRecovery } from '../LuxxonScreenContext';
import { useLuxxonTranslation } from '../useLuxxonTranslation';
import { ActionButton } from './ActionButton';
import { ErrorScreen } from './ErrorScreen';

const W = MESSAGE_KEYS.waiting;
const A = MESSAGE_KEYS.action;
const OFFLINE_TEXT = { title: [MESSAGE_KEYS.offline.title], description: [MESSAGE_KEYS.offline.description] };

/**
 * NO_COVERAGE, UNAVAILABLE, FRAME_NOT_AVAILABLE, NETWORK_ERROR: nothing for
 * the user to fix, so the page checks again by itself with jittered backoff
 * and a visible countdown, shared by every screen of the code (see the
 * recovery coordinator): paused while the tab is hidden, nothing sent while
 * offline (NETWORK_ERROR then says "You're offline"), and the content comes
 * back as soon as a check succeeds. "Check now" checks at once for all of
 * them; "Stop waiting" stops this screen until the user tries again.
 */
export function WaitingScreen({ experience, retry }: LuxxonFallbackProps<'waiting'>) {
  const { t } = useLuxxonTranslation();
  const { snapshot, member } = useScreenRecovery();
  const { phase } = snapshot;

  let note: string;
  if (phase === 'counting') note = t(W.countdown, { count: snapshot.secondsLeft });
  else note = t(W[phase]);

  return (
    <ErrorScreen
      experience={experience}
      text={snapshot.offline && experience.code === 'NETWORK_ERROR' ? OFFLINE_TEXT : undefined}
      role="status"
      actions={
        phase === 'stopped' ? (
          <ActionButton primary onClick={retry}>
            {t(A.retry)}
          </ActionButton>
        ) : (
          <>
            <ActionButton primary onClick={() => member?.checkNow()} aria-disabled={phase === 'checking' || phase === 'offline'}>
              {t(A.checkNow)}
            </ActionButton>
            <ActionButton onClick={() => member?.stop()}>{t(A.cancel)}</ActionButton>
          </>
        )
      }
    >
      {/* The countdown changes every second: it is not announced, the phase changes are. */}
      <p className="lx-error__note" aria-live={phase === 'counting' ? 'off' : 'polite'}>
        {phase === 'checking' && <span className="lx-spinner" aria-hidden="true" />}
        {note}
      </p>
    </ErrorScreen>
  );
}
