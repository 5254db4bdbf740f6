import { ErrorBoundary } from 'react-error-boundary';
import type { LuxxonError } from '../../core/errors/LuxxonError';
import { LastResortScreen } from './LastResortScreen';
import { LuxxonScreenContext } from './LuxxonScreenContext';
import type { CheckResult, LuxxonScreenProps, LuxxonScreens, LuxxonScreenVariant } from './LuxxonScreenProps';
import { BuiltInScreen } from './BuiltInScreen';
import { useScreenRuntime } from './useScreenRuntime';

/** Props of {@link LuxxonErrorScreen}. */
export interface LuxxonErrorScreenProps {
  /**
   * Anything that was thrown; it is normalized with `toLuxxonError`.
   * @example
   * ```tsx
   * <LuxxonErrorScreen error={mutation.error} onRetry={() => mutation.reset()} />
   * ```
   */
  error: unknown;
  /**
   * Runs the failed operation again (the screen's "Try again", "Refresh", "I've topped up"…).
   * @example
   * ```tsx
   * <LuxxonErrorScreen error={error} onRetry={() => refetch()} />
   * ```
   */
  onRetry: () => void;
  /**
   * Waiting screens: check again while the screen stays up; resolve
   * `'recovered'`, `'failed'`, or `{ error }` with the newer error the check
   * failed with, which the screen shows from then on (anything else, a throw
   * or a rejection count as failed). Default: `onRetry`, then the countdown
   * goes on until the error you pass changes or the screen unmounts.
   * @example
   * ```tsx
   * <LuxxonErrorScreen error={error} onRetry={refetch} onCheck={async () => { const r = await refetch(); return r.isError ? { error: r.error } : 'recovered'; }} />
   * ```
   */
  onCheck?: () => Promise<CheckResult>;
  /**
   * INSUFFICIENT_CREDIT: offer "Request a shorter view"; called before `onRetry`.
   * @example
   * ```tsx
   * <LuxxonErrorScreen error={error} onRetry={refetch} onShortenDuration={() => setSeconds(15)} />
   * ```
   */
  onShortenDuration?: (error: LuxxonError) => void;
  /**
   * Your own screen for some experience kinds; the others stay built-in.
   * @example
   * ```tsx
   * <LuxxonErrorScreen error={error} onRetry={refetch} screens={{ 'top-up': MyTopUp }} />
   * ```
   */
  screens?: LuxxonScreens;
  /**
   * Layout: `page` (default) fills the view's place, `section` is a compact
   * card for a widget in a grid, `inline` a line above a form's submit button.
   * @example
   * ```tsx
   * <LuxxonErrorScreen error={mutation.error} onRetry={submit} variant="inline" />
   * ```
   */
  variant?: LuxxonScreenVariant;
  /**
   * Added to the built-in screen's root classes.
   * @example
   * ```tsx
   * <LuxxonErrorScreen error={error} onRetry={refetch} className="dashboard-tile" />
   * ```
   */
  className?: string;
}

/**
 * The localized screen for one error, outside any boundary too (a failed
 * mutation, a form). Needs `<LuxxonProvider>` above it. It joins the page's
 * recovery (shared countdowns, one sign-in), and a custom screen that throws
 * falls back to the built-in one, and that to a static screen.
 *
 * @example
 * ```tsx
 * {mutation.isError && <LuxxonErrorScreen error={mutation.error} onRetry={() => mutation.mutate(vars)} variant="inline" />}
 * ```
 */
export function LuxxonErrorScreen({ error, onRetry, onCheck, onShortenDuration, screens, variant = 'page', className }: LuxxonErrorScreenProps) {
  const runtime = useScreenRuntime(error, { onRetry, onCheck, onShortenDuration });
  const builtIn = <BuiltInScreen error={runtime.error} variant={variant} className={className} />;
  const Custom = screens?.[runtime.experience.kind] as ((p: LuxxonScreenProps) => React.ReactNode) | undefined;
  return (
    <LuxxonScreenContext.Provider value={runtime}>
      <ErrorBoundary fallback={<LastResortScreen onRetry={onRetry} />}>
        {Custom ? (
          <ErrorBoundary fallback={builtIn}>
            <Custom {...runtime} variant={variant} />
          </ErrorBoundary>
        ) : (
          builtIn
        )}
      </ErrorBoundary>
    </LuxxonScreenContext.Provider>
  );
}
