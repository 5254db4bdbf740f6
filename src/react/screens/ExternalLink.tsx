import type { ReactNode } from 'react';
import { isSafeHref } from '../../core/isSafeHref';
import { MESSAGE_KEYS } from '../../core/messageKeys';
import { useLuxxonTranslation } from '../useLuxxonTranslation';
import { actionClassName, type ActionRank } from './ActionButton';

/** Props of {@link ExternalLink}. */
export interface ExternalLinkProps {
  /** From the app's config; an unsafe or missing URL renders nothing. */
  readonly href: string | undefined;
  /** Default `secondary`. */
  readonly rank?: ActionRank;
  readonly onClick?: () => void;
  readonly children: ReactNode;
}

/**
 * A link that opens in a new tab (so the error screen stays to come back to),
 * and says so: an arrow-out-of-box icon, and "opens in a new tab" for
 * assistive technology.
 */
export function ExternalLink({ href, rank = 'secondary', onClick, children }: ExternalLinkProps) {
  const { t } = useLuxxonTranslation();
  if (!isSafeHref(href)) return null;
  return (
    <a className={actionClassName(rank)} href={href} target="_blank" rel="noopener noreferrer" onClick={onClick}>
      {children}{' '}
      <svg className="lx-button__external" viewBox="0 0 24 24" aria-hidden="true">
        <path d="M14 4h6v6M20 4l-9 9M18 14v6H4V6h6" />
      </svg>
      <span className="lx-visually-hidden">{t(MESSAGE_KEYS.newWindow)}</span>
    </a>
  );
}
