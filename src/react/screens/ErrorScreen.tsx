import { useId, useRef, type ReactNode } from 'react';
import type { Experience } from '../../core/Experience';
import type { ExperienceText } from '../../core/messageKeys';
import { useLuxxon } from '../useLuxxon';
import { useLuxxonTranslation } from '../useLuxxonTranslation';
import { ScreenIcon } from './ScreenIcon';
import { clearAppearFocus, useAppearFocus } from './useAppearFocus';

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
  /** The buttons and links, primary first. */
  readonly actions: ReactNode;
  /** Under the actions, reached after them by Tab (the support reference). */
  readonly footer?: ReactNode;
}

/**
 * The frame every built-in screen shares: the kind's icon and tone, a
 * heading that takes focus when the screen appears after a user action
 * (see useAppearFocus), the localized description, extra content, actions
 * and footer, in the language and direction of the kit's locale.
 */
export function ErrorScreen({ experience, text = experience.text, role, children, actions, footer }: ErrorScreenProps) {
  const { headingLevel } = useLuxxon();
  const { t, lng, dir } = useLuxxonTranslation();
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const Heading = `h${headingLevel}` as const;
  useAppearFocus(headingRef, experience.kind);

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
      <div className="lx-error__header">
        <ScreenIcon kind={experience.kind} />
        <Heading id={headingId} ref={headingRef} tabIndex={-1} className="lx-error__title" onBlur={clearAppearFocus}>
          {t(text.title)}
        </Heading>
      </div>
      <p className="lx-error__description">{t(text.description)}</p>
      {children}
      <div className="lx-error__actions">{actions}</div>
      {footer}
    </div>
  );
}
