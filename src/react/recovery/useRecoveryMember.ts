import { useEffect, useLayoutEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import type { AppCodes } from '../../core/codes/appCodes';
import type { LuxxonError } from '../../core/errors/LuxxonError';
import { describeCode } from '../../core/codes/codeRegistry';
import type { RecoveryMember, RecoveryMemberInit, RecoverySnapshot } from '../../core/recovery/createRecoveryCoordinator';
import { waitingDelay } from '../../core/recovery/waitingDelay';
import { useLuxxonContext } from '../provider/useLuxxonContext';

/** What a screen's first render shows, on the server and while hydrating: no randomness, no clock. */
function initialSnapshot(error: LuxxonError, codes: AppCodes | undefined): RecoverySnapshot {
  return {
    error,
    given: error,
    kind: describeCode(error.code, codes).kind,
    phase: 'counting',
    secondsLeft: waitingDelay(0, { retryAfterMs: error.retryAfterMs, random: () => 0.5 }) / 1000,
    signIn: 'idle',
    offline: false,
  };
}

// Joined before the browser paints (so that no click finds the screen without its member), and
// on the server not at all: React 18 warns about layout effects there.
const useJoinEffect = typeof window === 'undefined' ? useEffect : useLayoutEffect;

/**
 * Joins an error screen to the page's recovery (once mounted: nothing on
 * the server) and reads its snapshot. `check` and `retry` may change from
 * render to render; the latest ones run. `skip`: the screen is already a
 * member (a custom screen's `useLuxxonScreen` inside `LuxxonErrorScreen`).
 */
export function useRecoveryMember(
  error: LuxxonError,
  check: RecoveryMemberInit['check'],
  retry: () => void,
  skip = false,
): { readonly snapshot: RecoverySnapshot; readonly member: RecoveryMember | undefined } {
  const { recovery, codes } = useLuxxonContext();
  const inputs = { error, check, retry, codes };
  const latest = useRef(inputs);
  useEffect(() => {
    latest.current = inputs;
  });
  const [member, setMember] = useState<RecoveryMember>();
  useJoinEffect(() => {
    if (skip) return undefined;
    const joined = recovery.join({
      error: latest.current.error,
      check: () => latest.current.check(),
      retry: () => latest.current.retry(),
      // The app's codes as they are when it asks (a `codes` prop may come after the first render).
      kindOf: (shown) => describeCode(shown.code, latest.current.codes).kind,
    });
    setMember(joined);
    return joined.leave;
  }, [recovery, skip]);
  useEffect(() => member?.update(error), [member, error]);
  const initial = useMemo(() => initialSnapshot(error, codes), [error, codes]);
  const snapshot = useSyncExternalStore(
    recovery.subscribe,
    // Until the member hears of a new error from its owner (the effect above), what it knows is about the old one.
    () => {
      const joined = member?.snapshot();
      return joined?.given === error ? joined : initial;
    },
    () => initial,
  );
  return { snapshot, member };
}
