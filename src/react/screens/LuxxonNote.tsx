import type { LuxxonScreenNote } from './LuxxonScreen';
import { LuxxonActionButton } from './LuxxonActionButton';
import { useLx } from './useLx';

/** Props of {@link LuxxonNote}. */
export interface LuxxonNoteProps {
  /**
   * `useLuxxonScreen(error).note`.
   * @example
   * ```tsx
   * {screen.note && <LuxxonNote note={screen.note} />}
   * ```
   */
  readonly note: LuxxonScreenNote;
  /**
   * Added to the kit's classes.
   * @example
   * ```tsx
   * <LuxxonNote note={note} className="my-hint" />
   * ```
   */
  readonly className?: string;
}

/**
 * The line under a screen's description: the waiting countdown (not
 * announced every second; its phase changes are), paused, offline,
 * checking (with a spinner), or the page's sign-in (failed, in the error
 * tone; taking long, with Cancel).
 *
 * @example
 * ```tsx
 * {screen.note && <LuxxonNote note={screen.note} />}
 * ```
 */
export function LuxxonNote({ note, className }: LuxxonNoteProps) {
  const lx = useLx();
  return (
    <p className={lx(note.tone === 'error' ? 'lx-error__note lx-error__note--error' : 'lx-error__note', className)} aria-live={note.live}>
      {note.spinner && <span className={lx('lx-spinner')} aria-hidden="true" />}
      {note.text}
      {note.action && (
        <>
          {' '}
          <LuxxonActionButton action={note.action} />
        </>
      )}
    </p>
  );
}
