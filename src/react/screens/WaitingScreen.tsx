import { useMemo, useRef, useState } from 'react';
import { MESSAGE_KEYS } from '../../core/messageKeys';
import { waitingDelay } from '../../core/waitingDelay';
import type { LuxxonFallbackProps } from '../LuxxonFallbackProps';
import { useCountdown } from '../useCountdown';
import { useDocumentVisible } from '../useDocumentVisible';
import { useHydrated } from '../useHydrated';
import { useLuxxonTranslation } from '../useLuxxonTranslation';
import { useMountedRef } from '../useMountedRef';
import { ActionButton } from './ActionButton';
import { ErrorScreen } from './ErrorScreen';

type Phase = 'counting' | 'checking' | 'stopped';
const W = MESSAGE_KEYS.waiting;
const A = MESSAGE_KEYS.action;
/** The backoff's randomness until hydrated: server HTML and the first client render show the same countdown. */
const MIDPOINT = () => 0.5;

/** Props of {@link WaitingScreen}: a fallback's, plus the backoff's randomness for tests and stories. */
export interface WaitingScreenProps extends LuxxonFallbackProps<'waiting'> {
  readonly random?: () => number;
}

/**
 * NO_COVERAGE, UNAVAILABLE, FRAME_NOT_AVAILABLE, NETWORK_ERROR: nothing for
 * the user to fix, so the screen checks again by itself with jittered
 * backoff and a visible countdown, pauses while the tab is hidden, and gives
 * way to the content as soon as a check succeeds. "Check now" checks at
 * once; "Stop waiting" stops until the user tries again. One check at a time.
 */
export function WaitingScreen({ experience, checkAgain, retry, random }: WaitingScreenProps) {
  const { t } = useLuxxonTranslation();
  const visible = useDocumentVisible();
  const [attempt, setAttempt] = useState(0);
  const [phase, setPhase] = useState<Phase>('counting');
  const mounted = useMountedRef();
  const checking = useRef(false);
  const jitter = useHydrated() ? random : MIDPOINT;

  const check = async () => {
    if (checking.current) return;
    checking.current = true;
    setPhase('checking');
    const outcome = await checkAgain().catch(() => 'failed' as const);
    checking.current = false;
    if (!mounted.current || outcome === 'recovered') return;
    setAttempt((n) => n + 1);
    setPhase('counting');
  };

  const durationMs = useMemo(
    () => waitingDelay(attempt, { retryAfterMs: experience.retryAfterMs, random: jitter }),
    [attempt, experience.retryAfterMs, jitter],
  );
  const left = useCountdown({
    durationMs,
    running: phase === 'counting' && visible,
    restartKey: attempt,
    onDone: () => void check(),
  });
  const seconds = Math.max(1, Math.ceil(left / 1000));

  let note: string;
  if (phase === 'checking') note = t(W.checking);
  else if (phase === 'stopped') note = t(W.stopped);
  else if (!visible) note = t(W.paused);
  else note = t(W.countdown, { count: seconds });

  return (
    <ErrorScreen
      experience={experience}
      role="status"
      actions={
        phase === 'stopped' ? (
          <ActionButton primary onClick={retry}>
            {t(A.retry)}
          </ActionButton>
        ) : (
          <>
            <ActionButton primary onClick={() => void check()} aria-disabled={phase === 'checking'}>
              {t(A.checkNow)}
            </ActionButton>
            <ActionButton onClick={() => setPhase('stopped')}>{t(A.cancel)}</ActionButton>
          </>
        )
      }
    >
      {/* The countdown changes every second: it is not announced, the phase changes are. */}
      <p className="lx-error__note" aria-live={phase === 'counting' && visible ? 'off' : 'polite'}>
        {phase === 'checking' && <span className="lx-spinner" aria-hidden="true" />}
        {note}
      </p>
    </ErrorScreen>
  );
}
