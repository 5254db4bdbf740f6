import { useCallback, useMemo } from 'react';
import { ErrorBoundary } from 'react-error-boundary';
import type { Experience } from '../core/Experience';
import { resolveExperience } from '../core/resolveExperience';
import { toLuxxonError } from '../core/toLuxxonError';
import type { LuxxonError } from '../core/LuxxonError';
import type { CheckOutcome } from '../core/recovery/createRecoveryCoordinator';
import { LastResortView } from './LastResortView';
import type { LuxxonFallbackProps, LuxxonFallbacks } from './LuxxonFallbackProps';
import { LuxxonScreenContext } from './LuxxonScreenContext';
import { PermissionScreen } from './screens/PermissionScreen';
import { ReloadScreen } from './screens/ReloadScreen';
import { ReLoginScreen } from './screens/ReLoginScreen';
import { RetryScreen } from './screens/RetryScreen';
import { SupportScreen } from './screens/SupportScreen';
import { TopUpScreen } from './screens/TopUpScreen';
import { WaitingScreen } from './screens/WaitingScreen';
import { useLuxxonContext } from './useLuxxonContext';
import { useRecoveryMember } from './useRecoveryMember';

/** Props of {@link LuxxonErrorView}. */
export interface LuxxonErrorViewProps {
  /**
   * Anything that was thrown; it is normalized with `toLuxxonError`.
   * @example
   * ```tsx
   * <LuxxonErrorView error={mutation.error} onRetry={() => mutation.reset()} />
   * ```
   */
  error: unknown;
  /**
   * Runs the failed operation again (the screen's "Try again", "Refresh", "I've topped up"…).
   * @example
   * ```tsx
   * <LuxxonErrorView error={error} onRetry={() => refetch()} />
   * ```
   */
  onRetry: () => void;
  /**
   * Waiting screens: check again while the screen stays up; resolve
   * `'recovered'` or `'failed'` (anything else, a throw or a rejection count
   * as failed). Default: `onRetry`, then the countdown goes on until the
   * error you pass changes or the view unmounts.
   * @example
   * ```tsx
   * <LuxxonErrorView error={error} onRetry={refetch} onCheckAgain={async () => ((await refetch()).isError ? 'failed' : 'recovered')} />
   * ```
   */
  onCheckAgain?: () => Promise<CheckOutcome>;
  /**
   * INSUFFICIENT_CREDIT: offer "Request a shorter view"; called before `onRetry`.
   * @example
   * ```tsx
   * <LuxxonErrorView error={error} onRetry={refetch} onShortenDuration={() => setSeconds(15)} />
   * ```
   */
  onShortenDuration?: (error: LuxxonError) => void;
  /**
   * Your own screen for some experience kinds; the others stay built-in.
   * @example
   * ```tsx
   * <LuxxonErrorView error={error} onRetry={refetch} fallbacks={{ 'top-up': MyTopUp }} />
   * ```
   */
  fallbacks?: LuxxonFallbacks;
}

function BuiltInScreen(props: LuxxonFallbackProps) {
  const { experience } = props;
  // Each screen takes the props of its own kind; `with` re-pairs them after narrowing.
  const with_ = <E extends Experience>(e: E) => ({ ...props, experience: e });
  switch (experience.kind) {
    case 'top-up':
      return <TopUpScreen {...with_(experience)} />;
    case 're-login':
      return <ReLoginScreen {...with_(experience)} />;
    case 'waiting':
      return <WaitingScreen {...with_(experience)} />;
    case 'permission':
      return <PermissionScreen {...with_(experience)} />;
    case 'fix-request':
    case 'out-of-date':
    case 'not-found':
      return <RetryScreen {...with_(experience)} />;
    case 'reload':
      return <ReloadScreen {...with_(experience)} />;
    case 'service-down':
    case 'generic':
      return <SupportScreen {...with_(experience)} />;
    default:
      return experience satisfies never;
  }
}

/**
 * The localized screen for one error, outside any boundary too (a failed
 * mutation, a form). Needs `<LuxxonProvider>` above it. It joins the page's
 * recovery (shared countdowns, one sign-in), and a custom screen that throws
 * falls back to the built-in one, and that to a static view.
 *
 * @example
 * ```tsx
 * {mutation.isError && <LuxxonErrorView error={mutation.error} onRetry={() => mutation.mutate(vars)} />}
 * ```
 */
export function LuxxonErrorView({ error: thrown, onRetry, onCheckAgain, onShortenDuration, fallbacks }: LuxxonErrorViewProps) {
  const error = useMemo(() => toLuxxonError(thrown), [thrown]);
  const { codes } = useLuxxonContext();
  const experience = useMemo(() => resolveExperience(error, codes), [error, codes]);
  const checkAgain = useCallback(async (): Promise<CheckOutcome> => {
    // Without a check of its own, retrying is all a view can do; whether it worked shows in
    // the error it is given next (or its unmount), so the countdown goes on meanwhile.
    if (!onCheckAgain) {
      onRetry();
      return 'failed';
    }
    try {
      return (await onCheckAgain()) === 'recovered' ? 'recovered' : 'failed';
    } catch {
      return 'failed';
    }
  }, [onCheckAgain, onRetry]);
  const recovery = useRecoveryMember(error, checkAgain, onRetry);
  const props: LuxxonFallbackProps = { error, experience, retry: onRetry, checkAgain, onShortenDuration };
  const builtIn = <BuiltInScreen {...props} />;
  const Custom = fallbacks?.[experience.kind] as ((p: LuxxonFallbackProps) => React.ReactNode) | undefined;
  return (
    <LuxxonScreenContext.Provider value={recovery}>
      <ErrorBoundary fallback={<LastResortView onRetry={onRetry} />}>
        {Custom ? (
          <ErrorBoundary fallback={builtIn}>
            <Custom {...props} />
          </ErrorBoundary>
        ) : (
          builtIn
        )}
      </ErrorBoundary>
    </LuxxonScreenContext.Provider>
  );
}
