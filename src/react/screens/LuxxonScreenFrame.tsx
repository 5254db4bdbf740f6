import { useId, useRef, type ReactNode } from 'react';
import type { LuxxonScreen } from './LuxxonScreen';
import type { LuxxonScreenVariant } from './LuxxonScreenProps';
import { useLuxxon } from '../provider/useLuxxon';
import { ScreenIcon } from './ScreenIcon';
import { clearAppearFocus, useAppearFocus } from './useAppearFocus';
import { useLx } from './useLx';

/** Props of {@link LuxxonScreenFrame}. */
export interface LuxxonScreenFrameProps {
  /**
   * What `useLuxxonScreen` returned (its kind, code, role, language, title and description).
   * @example
   * ```tsx
   * <LuxxonScreenFrame screen={screen}>…</LuxxonScreenFrame>
   * ```
   */
  readonly screen: Pick<LuxxonScreen, 'kind' | 'code' | 'role' | 'lang' | 'dir' | 'title' | 'description'>;
  /**
   * Layout: `page` (default), `section` or `inline`.
   * @example
   * ```tsx
   * <LuxxonScreenFrame screen={screen} variant="section">…</LuxxonScreenFrame>
   * ```
   */
  readonly variant?: LuxxonScreenVariant;
  /**
   * Added to the kit's classes.
   * @example
   * ```tsx
   * <LuxxonScreenFrame screen={screen} className="my-card">…</LuxxonScreenFrame>
   * ```
   */
  readonly className?: string;
  /**
   * Under the description: notes, actions, the support reference.
   * @example
   * ```tsx
   * <LuxxonScreenFrame screen={screen}><MyActions actions={screen.actions} /></LuxxonScreenFrame>
   * ```
   */
  readonly children?: ReactNode;
}

/**
 * The frame every built-in screen shares: `role` (`alert`, or a polite,
 * non-atomic `status`) labelled by its heading, the kind's icon and tone,
 * the heading (at the provider's `headingLevel`; a paragraph in the `inline`
 * variant), which takes focus when the screen appears after a user action
 * but never from a control the user is on, the description and `children`,
 * in the language and direction of the text.
 *
 * @example
 * ```tsx
 * <LuxxonScreenFrame screen={screen}>
 *   {screen.actions.map((action) => <LuxxonActionButton key={action.id} action={action} />)}
 * </LuxxonScreenFrame>
 * ```
 */
export function LuxxonScreenFrame({ screen, variant = 'page', className, children }: LuxxonScreenFrameProps) {
  const { headingLevel, unstyled } = useLuxxon();
  const lx = useLx();
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const Heading = variant === 'inline' ? 'p' : (`h${headingLevel}` as const);
  const { kind, role } = screen;
  useAppearFocus(headingRef, kind);
  return (
    <div
      className={lx('lx-error', className)}
      data-kind={kind}
      data-code={screen.code}
      data-variant={variant}
      role={role}
      aria-atomic={role === 'status' ? false : undefined}
      aria-labelledby={headingId}
      lang={screen.lang}
      dir={screen.dir}
    >
      <div className={lx('lx-error__header')}>
        {!unstyled && <ScreenIcon kind={kind} />}
        <Heading id={headingId} ref={headingRef} tabIndex={-1} className={lx('lx-error__title')} onBlur={clearAppearFocus}>
          {screen.title}
        </Heading>
      </div>
      <p className={lx('lx-error__description')}>{screen.description}</p>
      {children}
    </div>
  );
}
