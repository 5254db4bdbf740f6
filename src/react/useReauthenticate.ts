import { useState } from 'react';
import { currentReturnUrl } from './currentReturnUrl';
import { useLuxxon } from './useLuxxon';
import { useMountedRef } from './useMountedRef';

/** Where a sign-in started from an error screen stands. */
export type ReauthenticatePhase = 'idle' | 'pending' | 'failed';

/** What {@link useReauthenticate} gives a screen. */
export interface Reauthenticate {
  readonly phase: ReauthenticatePhase;
  /** Runs the app's `onReauthenticate`; `undefined` when the app gave none. Ignored while pending. */
  readonly start: (() => void) | undefined;
}

/**
 * The sign-in flow the re-login and permission screens share: runs the
 * app's `onReauthenticate` with the current page as `returnTo`, then
 * `retry` once it resolves. A rejection (or a throw) leaves the screen up in
 * the `failed` phase, so the user learns that sign-in did not finish and can
 * start it again. Nothing happens after an unmount.
 */
export function useReauthenticate(retry: () => void): Reauthenticate {
  const { onReauthenticate } = useLuxxon();
  const [phase, setPhase] = useState<ReauthenticatePhase>('idle');
  const mounted = useMountedRef();
  const start =
    onReauthenticate &&
    (() => {
      if (phase === 'pending') return;
      setPhase('pending');
      // Called within the click, not a tick later: a sign-in popup opened outside
      // the user's gesture is blocked. The async wrapper turns a throw into a rejection.
      const signIn = async () => onReauthenticate({ returnTo: currentReturnUrl() });
      signIn().then(
          () => mounted.current && retry(),
          () => mounted.current && setPhase('failed'),
        );
    });
  return { phase, start };
}
