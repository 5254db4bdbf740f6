import type { Experience } from '../../core/experience/Experience';
import type { ExperienceKind } from '../../core/experience/ExperienceKind';
import type { LuxxonError } from '../../core/errors/LuxxonError';
import type { CheckOutcome } from '../../core/recovery/createRecoveryCoordinator';

export type { CheckOutcome } from '../../core/recovery/createRecoveryCoordinator';

/**
 * What a check you pass the kit (`LuxxonErrorScreen`'s `onCheck`) may answer:
 * `'recovered'`, `'failed'`, or `{ error }`, the newer error it failed with,
 * which the screen shows from then on.
 *
 * @example
 * ```tsx
 * const onCheck = async (): Promise<CheckResult> => { const r = await refetch(); return r.isError ? { error: r.error } : 'recovered'; };
 * ```
 */
export type CheckResult = CheckOutcome | { readonly error: unknown };

/**
 * How a screen is laid out: `page` a card that fills the view's place,
 * `section` a compact card for a widget in a grid, `inline` a line above a
 * form's submit button. The text and actions are the same in all three.
 *
 * @example
 * ```tsx
 * <LuxxonErrorBoundary variant="section">…</LuxxonErrorBoundary>
 * ```
 */
export type LuxxonScreenVariant = 'page' | 'section' | 'inline';

/** `ExperienceOf<K>` as an indexed access, so that a screen for every kind also fits each one. */
type ExperienceByKind = { readonly [E in Experience as E['kind']]: E };

/**
 * What every error screen receives, built-in or yours (`screens`).
 * `experience.kind` is `K`, so a screen for `'top-up'` sees its fields.
 * Pass `error` to `useLuxxonScreen` for the screen's localized text and
 * wired actions.
 */
export interface LuxxonScreenProps<K extends ExperienceKind = ExperienceKind> {
  /**
   * The normalized error. Its `detail` is for logs, never for the screen.
   * @example
   * ```tsx
   * const MyGeneric = ({ error }: LuxxonScreenProps<'generic'>) => <p>Reference: {error.requestId}</p>;
   * ```
   */
  readonly error: LuxxonError;
  /**
   * What the core decided to show, and the keys of its text.
   * @example
   * ```tsx
   * const MyTopUp = ({ experience }: LuxxonScreenProps<'top-up'>) => (experience.canShortenDuration ? <ShorterOption /> : null);
   * ```
   */
  readonly experience: ExperienceByKind[K];
  /**
   * Clears the error so the failed queries refetch and the view renders again.
   * @example
   * ```tsx
   * const MyTopUp = ({ retry }: LuxxonScreenProps<'top-up'>) => <button onClick={retry}>I've paid</button>;
   * ```
   */
  readonly retry: () => void;
  /**
   * Fetches the failed queries once while the screen stays up; resolves
   * `'recovered'` (the boundary shows the content again) or `'failed'`.
   * @example
   * ```tsx
   * const MyWaiting = ({ check }: LuxxonScreenProps<'waiting'>) => <button onClick={() => void check()}>Look again</button>;
   * ```
   */
  readonly check: () => Promise<CheckOutcome>;
  /**
   * INSUFFICIENT_CREDIT: ask for a shorter request (set on the boundary).
   * @example
   * ```tsx
   * const MyTopUp = ({ error, onShortenDuration, retry }: LuxxonScreenProps<'top-up'>) =>
   *   onShortenDuration && <button onClick={() => { onShortenDuration(error); retry(); }}>Shorter</button>;
   * ```
   */
  readonly onShortenDuration: ((error: LuxxonError) => void) | undefined;
  /**
   * The layout the boundary or `LuxxonErrorScreen` asked for.
   * @example
   * ```tsx
   * const MyTopUp = ({ variant }: LuxxonScreenProps<'top-up'>) => <MyCard compact={variant !== 'page'} />;
   * ```
   */
  readonly variant: LuxxonScreenVariant;
}

/**
 * A screen for one experience kind, as `screens` takes it.
 *
 * @example
 * ```tsx
 * const MyTopUp: LuxxonScreenComponent<'top-up'> = ({ retry }) => <button onClick={retry}>I've paid</button>;
 * ```
 */
export type LuxxonScreenComponent<K extends ExperienceKind> = (props: LuxxonScreenProps<K>) => React.ReactNode;

/**
 * Screens that replace the built-in ones, per experience kind: a screen of
 * that kind (`LuxxonScreenProps<'top-up'>`), or one for any kind
 * (`LuxxonScreenProps`, a design built on `useLuxxonScreen`).
 *
 * @example
 * ```tsx
 * const screens: LuxxonScreens = { 'top-up': MyTopUp };
 * <LuxxonErrorBoundary screens={screens}>…</LuxxonErrorBoundary>;
 * ```
 */
export type LuxxonScreens = { readonly [K in ExperienceKind]?: LuxxonScreenComponent<K> };
