import type { ButtonHTMLAttributes, ReactNode } from 'react';

/** How much an action stands out: one `primary` per screen, filled; `secondary` outlined; `tertiary` text only. */
export type ActionRank = 'primary' | 'secondary' | 'tertiary';

/** The class names of an action of `rank`, for buttons and links alike. */
export function actionClassName(rank: ActionRank): string {
  return `lx-button lx-button--${rank}`;
}

/** Props of {@link ActionButton}. */
export interface ActionButtonProps extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'type' | 'className' | 'aria-busy'> {
  /** Default `secondary`. */
  readonly rank?: ActionRank;
  /**
   * While the action runs: `aria-busy`, `aria-disabled` (the button keeps
   * focus) and, with `busyLabel`, a spinner and that label in place of the
   * children, at the width of the longer of the two.
   */
  readonly busy?: boolean;
  readonly busyLabel?: ReactNode;
}

/** A button of an error screen. */
export function ActionButton({ rank = 'secondary', busy = false, busyLabel, children, ...props }: ActionButtonProps) {
  return (
    <button type="button" className={actionClassName(rank)} aria-disabled={busy} aria-busy={busy} {...props}>
      {busyLabel === undefined ? (
        children
      ) : (
        // Both labels in one grid cell; the hidden one only holds the width (and is not part of the name).
        <span className="lx-button__labels">
          <span aria-hidden={busy || undefined}>{children}</span>
          <span aria-hidden={!busy || undefined}>
            <span className="lx-spinner" aria-hidden="true" />
            {busyLabel}
          </span>
        </span>
      )}
    </button>
  );
}
