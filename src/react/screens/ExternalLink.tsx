import type { ReactNode } from 'react';
import { isSafeHref } from '../../core/isSafeHref';
import { MESSAGE_KEYS } from '../../core/messageKeys';
import { useLuxxonTranslation } from '../useLuxxonTranslation';

/** Props of {@link ExternalLink}. */
export interface ExternalLinkProps {
  /** From the app's config; an unsafe or missing URL renders nothing. */
  readonly href: string | undefined;
  readonly primary?: boolean;
  readonly onClick?: () => void;
  readonly children: ReactNode;
}

/** A link that opens in a new tab (so the error screen stays to come back to), and says so. */
export function ExternalLink({ href, primary = false, onClick, children }: ExternalLinkProps) {
  const { t } = useLuxxonTranslation();
  if (!isSafeHref(href)) return null;
  return (
    <a className={primary ? 'lx-button lx-button--primary' : 'lx-button'} href={href} target="_blank" rel="noopener noreferrer" onClick={onClick}>
      {children}{' '}
      <span className="lx-visually-hidden">{t(MESSAGE_KEYS.newWindow)}</span>
    </a>
  );
}
