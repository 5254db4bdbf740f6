import { useEffect, useRef, useState } from 'react';
import { MESSAGE_KEYS } from '../../core/messageKeys';
import type { LuxxonFallbackProps } from '../LuxxonFallbackProps';
import { useLuxxon } from '../useLuxxon';
import { useLuxxonTranslation } from '../useLuxxonTranslation';
import { ActionButton } from './ActionButton';
import { ErrorScreen } from './ErrorScreen';

type Phase = 'idle' | 'pending' | 'failed';

/**
 * NOT_AUTHENTICATED: "Sign in again" runs the app's `onReauthenticate`; once
 * it resolves the boundary resets and the failed request runs again. A
 * rejection keeps the screen with "sign-in didn't finish" and the button.
 */
export function ReLoginScreen({ experience, retry }: LuxxonFallbackProps<'re-login'>) {
  const { onReauthenticate } = useLuxxon();
  const { t } = useLuxxonTranslation();
  const [phase, setPhase] = useState<Phase>('idle');
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const signIn = async () => {
    if (!onReauthenticate) return retry();
    setPhase('pending');
    try {
      await onReauthenticate();
    } catch {
      if (mounted.current) setPhase('failed');
      return undefined;
    }
    if (mounted.current) retry();
    return undefined;
  };

  return (
    <ErrorScreen
      experience={experience}
      role="alert"
      actions={
        // aria-disabled, not disabled: the button keeps focus while the app signs in.
        <ActionButton
          primary
          onClick={() => {
            if (phase !== 'pending') void signIn();
          }}
          aria-disabled={phase === 'pending'}
          aria-busy={phase === 'pending'}
        >
          {t(phase === 'pending' ? MESSAGE_KEYS.reLogin.pending : MESSAGE_KEYS.action.signIn)}
        </ActionButton>
      }
    >
      {phase === 'failed' && <p className="lx-error__note">{t(MESSAGE_KEYS.reLogin.failed)}</p>}
    </ErrorScreen>
  );
}
