import type { SupportReference } from '../../core/experience/Experience';
import type { ExperienceKind } from '../../core/experience/ExperienceKind';
import type { ScreenActionModel, ScreenModel, ScreenNoteModel } from '../../core/screen/ScreenModel';

export type { ScreenActionId, ScreenActionRank, ScreenNoteReason, ScreenTone } from '../../core/screen/ScreenModel';

/**
 * One action of a screen, localized and wired. A `button` runs `onPress`;
 * a `link` goes to `href` (in a new tab when `opensNewTab`: say so with
 * `newTabLabel`) and runs `onPress` on the click too (the top-up link tells
 * the page to check when the user comes back).
 *
 * @example
 * ```tsx
 * const render = (action: LuxxonScreenAction) =>
 *   action.kind === 'link' ? <a href={action.href} onClick={action.onPress}>{action.label}</a> : <button onClick={action.onPress}>{action.label}</button>;
 * ```
 */
export type LuxxonScreenAction = ScreenActionModel & {
  readonly label: string;
  /** While `busy`: what the button says instead ("Waiting for you to sign in…"); kept for the width. */
  readonly busyLabel: string | undefined;
  /** Links with `opensNewTab`: "opens in a new tab", for assistive technology. */
  readonly newTabLabel: string | undefined;
  readonly onPress: () => void;
};

/**
 * The line under the description, localized: the waiting countdown and its
 * phases (`live` says how to announce it), or the page's sign-in.
 *
 * @example
 * ```tsx
 * const Note = ({ note }: { note: LuxxonScreenNote }) => <p aria-live={note.live}>{note.text}</p>;
 * ```
 */
export type LuxxonScreenNote = Omit<ScreenNoteModel, 'action'> & {
  readonly text: string;
  readonly action: LuxxonScreenAction | undefined;
};

/** One row of the support reference. */
export interface LuxxonSupportRow {
  readonly id: 'code' | 'time' | 'requestId';
  readonly label: string;
  /** The code and request id as sent, the time formatted for the locale. */
  readonly value: string;
  /** The time row: its ISO value, for `<time dateTime>`. */
  readonly dateTime: string | undefined;
}

/**
 * What a user can quote to support, localized, with its copy action. Never
 * `detail`.
 *
 * @example
 * ```tsx
 * const Reference = ({ support }: { support: LuxxonScreenSupport }) => <button onClick={support.copy}>{support.copied ? support.copiedLabel : support.copyLabel}</button>;
 * ```
 */
export interface LuxxonScreenSupport {
  readonly heading: string;
  readonly rows: readonly LuxxonSupportRow[];
  /** The fields as they were checked (the time the screen appeared, for the kit's own codes). */
  readonly reference: SupportReference;
  /** The text `copy` puts on the clipboard. */
  readonly text: string;
  readonly copy: () => void;
  readonly copyLabel: string;
  /** Set once the copy succeeded. */
  readonly copied: boolean;
  readonly copiedLabel: string;
}

/** The server's English message, for unknown server codes only: render it as text, with `lang`. */
export interface LuxxonScreenServerMessage {
  /** "The server said:" in the screen's language. */
  readonly label: string;
  readonly text: string;
  readonly lang: 'en';
}

/** The model's kind, code, tone and role, with its text localized and its actions wired. */
type LuxxonScreenOfKind<K extends ExperienceKind> = Pick<ScreenModel<K>, 'kind' | 'code' | 'tone' | 'role'> & {
  /** The language and direction of the text (English until a locale has loaded). */
  readonly lang: string;
  readonly dir: 'ltr' | 'rtl';
  readonly title: string;
  readonly description: string;
  readonly note: LuxxonScreenNote | undefined;
  /** Primary first. */
  readonly actions: readonly LuxxonScreenAction[];
  readonly support: ScreenModel<K>['support'] extends undefined ? undefined : LuxxonScreenSupport;
  readonly serverMessage: ScreenModel<K>['serverMessage'] extends undefined ? undefined : LuxxonScreenServerMessage | undefined;
};

/**
 * Everything one error screen shows, localized and wired (`useLuxxonScreen`);
 * `kind` tells which fields are there. It holds no `detail`.
 *
 * @example
 * ```tsx
 * const screen: LuxxonScreen = useLuxxonScreen(error);
 * if (screen.kind === 'generic' && screen.serverMessage) log(screen.serverMessage.text);
 * ```
 */
export type LuxxonScreen<K extends ExperienceKind = ExperienceKind> = K extends ExperienceKind ? LuxxonScreenOfKind<K> : never;
