import type { ExperienceOf } from '../core/Experience';
import type { ExperienceKind } from '../core/ExperienceKind';
import type { LuxxonError } from '../core/LuxxonError';
import type { CheckOutcome } from '../core/recovery/createRecoveryCoordinator';

export type { CheckOutcome } from '../core/recovery/createRecoveryCoordinator';

/**
 * What every error screen receives, built-in or yours (`fallbacks`).
 * `experience.kind` is `K`, so a screen for `'top-up'` sees its fields.
 */
export interface LuxxonFallbackProps<K extends ExperienceKind = ExperienceKind> {
  /**
   * The normalized error. Its `detail` is for logs, never for the screen.
   * @example
   * ```tsx
   * const MyGeneric = ({ error }: LuxxonFallbackProps<'generic'>) => <p>Reference: {error.requestId}</p>;
   * ```
   */
  readonly error: LuxxonError;
  /**
   * What the core decided to show, and the keys of its text.
   * @example
   * ```tsx
   * const MyTopUp = ({ experience }: LuxxonFallbackProps<'top-up'>) => (experience.canShortenDuration ? <ShorterOption /> : null);
   * ```
   */
  readonly experience: ExperienceOf<K>;
  /**
   * Resets the boundary so the failed queries refetch and the view renders again.
   * @example
   * ```tsx
   * const MyTopUp = ({ retry }: LuxxonFallbackProps<'top-up'>) => <button onClick={retry}>I've paid</button>;
   * ```
   */
  readonly retry: () => void;
  /**
   * Refetches the failed queries once while the screen stays up; resolves
   * `'recovered'` (the boundary resets to the content) or `'failed'`.
   * @example
   * ```tsx
   * const MyWaiting = ({ checkAgain }: LuxxonFallbackProps<'waiting'>) => <button onClick={() => void checkAgain()}>Look again</button>;
   * ```
   */
  readonly checkAgain: () => Promise<CheckOutcome>;
  /**
   * INSUFFICIENT_CREDIT: ask for a shorter request (set on the boundary).
   * @example
   * ```tsx
   * const MyTopUp = ({ error, onShortenDuration, retry }: LuxxonFallbackProps<'top-up'>) =>
   *   onShortenDuration && <button onClick={() => { onShortenDuration(error); retry(); }}>Shorter</button>;
   * ```
   */
  readonly onShortenDuration: ((error: LuxxonError) => void) | undefined;
}

/**
 * A screen for one experience kind, as `fallbacks` takes it.
 *
 * @example
 * ```tsx
 * const MyTopUp: LuxxonFallbackComponent<'top-up'> = ({ retry }) => <button onClick={retry}>I've paid</button>;
 * ```
 */
export type LuxxonFallbackComponent<K extends ExperienceKind> = (props: LuxxonFallbackProps<K>) => React.ReactNode;

/**
 * Screens that replace the built-in ones, per experience kind.
 *
 * @example
 * ```tsx
 * const fallbacks: LuxxonFallbacks = { 'top-up': MyTopUp };
 * <LuxxonErrorBoundary fallbacks={fallbacks}>…</LuxxonErrorBoundary>;
 * ```
 */
export type LuxxonFallbacks = { readonly [K in ExperienceKind]?: LuxxonFallbackComponent<K> };
