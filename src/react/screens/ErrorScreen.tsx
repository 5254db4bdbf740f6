import { useEffect, useId, useRef, type ReactNode } from 'react';
import type { Experience } from '../../core/Experience';
import type { ExperienceText } from '../../core/messageKeys';
import { useLuxxon } from '../useLuxxon';
import { useLuxxonTranslation } from '../useLuxxonTranslation';

/** Props of {@link ErrorScreen}. */
export interface ErrorScreenProps {
  readonly experience: Experience;
  /** Keys of a variant's title and description (offline); default: the experience's. */
  readonly text?: ExperienceText | undefined;
  /**
   * `alert` for states that block the user until they act; `status` for
   * states that resolve on their own (announced politely, not atomically).
   */
  readonly role: 'alert' | 'status';
  /** Extra content under the description. */
  readonly children?: ReactNode;
  /** The buttons and links; the first is the primary action. */
  readonly actions: ReactNode;
}

/**
 * The frame every built-in screen shares: a heading that takes focus when the
 * screen appears, the localized description, extra content and actions, in
 * the language and direction of the kit's locale.
 */
export function ErrorScreen({ experience, text = experience.text, role, children, actions }: ErrorScreenProps) {
  const { headingLevel } = useLuxxon();
  const { t, lng, dir } = useLuxxonTranslation();
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const Heading = `h${headingLevel}` as const;

  useEffect(() => {
    headingRef.current?.focus();
  }, [experience.kind]);

  return (
    <div
      className="lx-error"
      data-kind={experience.kind}
      data-code={experience.code}
      role={role}
      aria-atomic={role === 'status' ? false : undefined}
      aria-labelledby={headingId}
      lang={lng}
      dir={dir}
    >
      <Heading id={headingId} ref={headingRef} tabIndex={-1} className="lx-error__title">
        {t(text.title)}
      </Heading>
      <p className="lx-error__description">{t(text.description)}</p>
      {children}
      <div className="lx-error__actions">{actions}</div>
    </div>
  );
}
