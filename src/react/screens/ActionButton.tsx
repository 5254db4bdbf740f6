import type { ButtonHTMLAttributes } from 'react';

/** Props of {@link ActionButton}. */
export interface ActionButtonProps extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'type' | 'className'> {
  /** The primary action is filled; others are outlined. */
  readonly primary?: boolean;
}

/** A button of an error screen. */
export function ActionButton({ primary = false, ...props }: ActionButtonProps) {
  return <button type="button" className={primary ? 'lx-button lx-button--primary' : 'lx-button'} {...props} />;
}
