import { useId, useState } from 'react';
import type { SupportReference } from '../../core/Experience';
import { MESSAGE_KEYS } from '../../core/messageKeys';
import { supportReferenceText } from '../../core/supportReferenceText';
import { useLuxxonTranslation } from '../useLuxxonTranslation';
import { ActionButton } from './ActionButton';

const K = MESSAGE_KEYS.support;

function formatTime(timestamp: string, lng: string): string {
  try {
    // `timeStyle: 'long'` carries the zone ("UTC"); `timeZoneName` may not be combined with the styles (it throws).
    return new Intl.DateTimeFormat(lng, { dateStyle: 'medium', timeStyle: 'long', timeZone: 'UTC' }).format(
      new Date(timestamp),
    );
  } catch {
    return timestamp;
  }
}

/** Props of {@link SupportReferenceView}. */
export interface SupportReferenceViewProps {
  readonly reference: SupportReference;
}

/**
 * Code, time and request id (each whenever known) a user can quote to
 * support, as label/value rows (two aligned columns, one on narrow cards),
 * with a copy button and its confirmation on one line. Never `detail`.
 */
export function SupportReferenceView({ reference }: SupportReferenceViewProps) {
  const { t, lng } = useLuxxonTranslation();
  const [copied, setCopied] = useState(false);
  const headingId = useId();
  const { code, timestamp, requestId } = reference;
  const plain = supportReferenceText(reference);

  const copy = () => {
    const clipboard = typeof navigator === 'undefined' ? undefined : navigator.clipboard;
    if (!clipboard) return;
    clipboard.writeText(plain).then(
      () => setCopied(true),
      () => setCopied(false),
    );
  };

  return (
    // A labelled group, not a landmark: a page may show several error screens at once.
    <div className="lx-support" role="group" aria-labelledby={headingId}>
      <p className="lx-support__heading" id={headingId}>
        {t(K.heading)}
      </p>
      <dl className="lx-support__list">
        <div>
          <dt>{t(K.code)}</dt>
          <dd>
            <code dir="ltr">{code}</code>
          </dd>
        </div>
        {timestamp && (
          <div>
            <dt>{t(K.time)}</dt>
            <dd>
              <time dateTime={timestamp}>{formatTime(timestamp, lng)}</time>
            </dd>
          </div>
        )}
        {requestId && (
          <div>
            <dt>{t(K.requestId)}</dt>
            <dd>
              <code dir="ltr">{requestId}</code>
            </dd>
          </div>
        )}
      </dl>
      <div className="lx-support__footer">
        <ActionButton rank="tertiary" onClick={copy}>
          {t(MESSAGE_KEYS.action.copy)}
        </ActionButton>
        <span className="lx-support__copied" role="status">
          {copied ? t(K.copied) : ''}
        </span>
      </div>
    </div>
  );
}
