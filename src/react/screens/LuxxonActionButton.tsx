import type { LuxxonScreenAction } from './LuxxonScreen';
import { useLuxxon } from '../provider/useLuxxon';
import { useLx } from './useLx';

/** Props of {@link LuxxonActionButton}. */
export interface LuxxonActionButtonProps {
  /**
   * One of `useLuxxonScreen(error).actions` (or a note's action).
   * @example
   * ```tsx
   * <LuxxonActionButton action={screen.actions[0]} />
   * ```
   */
  readonly action: LuxxonScreenAction;
  /**
   * Added to the kit's classes (the only class with `unstyled`).
   * @example
   * ```tsx
   * <LuxxonActionButton action={action} className="my-button" />
   * ```
   */
  readonly className?: string;
}

/**
 * One action of a screen, as the built-in screens draw it: a button, or a
 * link (a new tab says so: an icon, and "opens in a new tab" for assistive
 * technology). Busy is `aria-busy` and `aria-disabled`, never `disabled`:
 * the button keeps focus, and with a busy label it shows a spinner and that
 * label at the width of the longer of the two.
 *
 * @example
 * ```tsx
 * {screen.actions.map((action) => <LuxxonActionButton key={action.id} action={action} />)}
 * ```
 */
export function LuxxonActionButton({ action, className }: LuxxonActionButtonProps) {
  const lx = useLx();
  const { unstyled } = useLuxxon();
  const { label, busyLabel, busy } = action;
  const classes = lx(`lx-button lx-button--${action.rank}`, className);
  if (action.kind === 'link') {
    const newTab = action.opensNewTab;
    return (
      <a className={classes} href={action.href} target={newTab ? '_blank' : undefined} rel={newTab ? 'noopener noreferrer' : undefined} onClick={action.onPress}>
        {label}
        {newTab && (
          <>
            {' '}
            {!unstyled && (
              <svg className="lx-button__external" viewBox="0 0 24 24" aria-hidden="true">
                <path d="M14 4h6v6M20 4l-9 9M18 14v6H4V6h6" />
              </svg>
            )}
            <span className={lx('lx-visually-hidden')}>{action.newTabLabel}</span>
          </>
        )}
      </a>
    );
  }
  return (
    <button type="button" className={classes} aria-disabled={busy || action.disabled} aria-busy={busy} onClick={action.onPress}>
      {busyLabel === undefined ? (
        label
      ) : (
        // Both labels in one grid cell; the hidden one only holds the width (and is not part of the name).
        <span className={lx('lx-button__labels')}>
          <span aria-hidden={busy || undefined}>{label}</span>
          <span aria-hidden={!busy || undefined}>
            <span className={lx('lx-spinner')} aria-hidden="true" />
            {busyLabel}
          </span>
        </span>
      )}
    </button>
  );
}
