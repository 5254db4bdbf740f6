import type { SignInPhase } from '../core/recovery/createRecoveryCoordinator';
import { useScreenRecovery } from './LuxxonScreenContext';
import { useLuxxonContext } from './useLuxxonContext';

/** What {@link useSignIn} gives a screen. */
export interface SignIn {
  readonly phase: SignInPhase;
  /** Starts the page's sign-in or joins the one under way; `undefined` without `onReauthenticate`. */
  readonly start: (() => void) | undefined;
  readonly cancel: () => void;
}

/**
 * The page's one sign-in, as the re-login and permission screens use it:
 * every screen that presses "Sign in again" joins the same `onReauthenticate`
 * call, and every screen that waited on it retries once it resolves.
 */
export function useSignIn(): SignIn {
  const { onReauthenticate } = useLuxxonContext();
  const { snapshot, member } = useScreenRecovery();
  return {
    phase: snapshot.signIn,
    start: onReauthenticate && (() => member?.signIn()),
    cancel: () => member?.cancelSignIn(),
  };
}
