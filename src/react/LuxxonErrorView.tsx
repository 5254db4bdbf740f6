import { useMemo } from 'react';
import type { Experience } from '../core/Experience';
import { resolveExperience } from '../core/resolveExperience';
import { toLuxxonError } from '../core/toLuxxonError';
import type { LuxxonError } from '../core/LuxxonError';
import type { CheckOutcome, LuxxonFallbackProps, LuxxonFallbacks } from './LuxxonFallbackProps';
import { PermissionScreen } from './screens/PermissionScreen';
import { ReLoginScreen } from './screens/ReLoginScreen';
import { RetryScreen } from './screens/RetryScreen';
import { SupportScreen } from './screens/SupportScreen';
import { TopUpScreen } from './screens/TopUpScreen';
import { WaitingScreen } from './screens/WaitingScreen';

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
   * `'recovered'` or `'failed'`. Default: `onRetry`, treated as recovered.
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
    case 'service-down':
    case 'generic':
      return <SupportScreen {...with_(experience)} />;
    default:
      return experience satisfies never;
  }
}

function CustomScreen({ fallbacks, ...props }: LuxxonFallbackProps & { fallbacks: LuxxonFallbacks | undefined }) {
  const Custom = fallbacks?.[props.experience.kind] as ((p: LuxxonFallbackProps) => React.ReactNode) | undefined;
  return Custom ? <Custom {...props} /> : <BuiltInScreen {...props} />;
}

/**
 * The localized screen for one error, outside any boundary too (a failed
 * mutation, a form). Needs `<LuxxonProvider>` above it.
 *
 * @example
 * ```tsx
 * {mutation.isError && <LuxxonErrorView error={mutation.error} onRetry={() => mutation.mutate(vars)} />}
 * ```
 */
export function LuxxonErrorView({ error: thrown, onRetry, onCheckAgain, onShortenDuration, fallbacks }: LuxxonErrorViewProps) {
  const error = useMemo(() => toLuxxonError(thrown), [thrown]);
  const experience = useMemo(() => resolveExperience(error), [error]);
  const checkAgain =
    onCheckAgain ??
    (async () => {
      onRetry();
      return 'recovered' as const;
    });
  return (
    <CustomScreen
      fallbacks={fallbacks}
      error={error}
      experience={experience}
      retry={onRetry}
      checkAgain={checkAgain}
      onShortenDuration={onShortenDuration}
    />
  );
}
