import type { LuxxonErrorCode } from '../codes/codes';
import type { SupportReference } from '../experience/Experience';
import type { ExperienceKind } from '../experience/ExperienceKind';
import type { ExperienceText } from '../experience/messageKeys';
import type { SignInPhase, WaitingPhase } from '../recovery/createRecoveryCoordinator';

/** The colour a screen is drawn in: critical (Luxxon failed, unknown), warning (the user can fix it), info (it resolves), neutral (gone). */
export type ScreenTone = 'critical' | 'warning' | 'info' | 'neutral';

/** How much an action stands out: one `primary` per screen, filled; `secondary` outlined; `tertiary` text only. */
export type ScreenActionRank = 'primary' | 'secondary' | 'tertiary';

/** What an action does; the React layer wires each one to its handler. */
export type ScreenActionId =
  | 'topUp'
  | 'toppedUp'
  | 'shortenDuration'
  | 'signIn'
  | 'switchAccount'
  | 'checkNow'
  | 'stopWaiting'
  | 'retry'
  | 'refresh'
  | 'goHome'
  | 'contactSupport'
  | 'reload'
  | 'cancelSignIn';

interface ScreenActionBase {
  readonly id: ScreenActionId;
  readonly labelKey: string;
  /** Sign-in actions: the label while the page's sign-in is under way. */
  readonly busyLabelKey: string | undefined;
  readonly rank: ScreenActionRank;
  readonly primary: boolean;
  /** Running (the page's sign-in): `aria-busy`, and the busy label. */
  readonly busy: boolean;
  /** Pressing it does nothing now (a check under way, offline); it keeps focus (`aria-disabled`). */
  readonly disabled: boolean;
}

/** One action of a screen, primary first: a button, or a link to one of the app's URLs (checked safe). */
export type ScreenActionModel =
  | (ScreenActionBase & { readonly kind: 'button'; readonly href: undefined; readonly opensNewTab: false })
  | (ScreenActionBase & { readonly kind: 'link'; readonly href: string; readonly opensNewTab: boolean });

/** Why a screen shows a note under its description. */
export type ScreenNoteReason = WaitingPhase | 'sign-in-failed' | 'sign-in-stalled';

/** A line under the description: the waiting countdown and its phases, or the page's sign-in. */
export interface ScreenNoteModel {
  readonly reason: ScreenNoteReason;
  readonly key: string;
  /** The countdown's seconds (plural key `waiting.countdown`). */
  readonly count: number | undefined;
  readonly tone: 'muted' | 'error';
  /** Waiting notes: `off` while counting (it changes every second), `polite` for the phase changes. */
  readonly live: 'off' | 'polite' | undefined;
  /** A check is under way. */
  readonly spinner: boolean;
  /** Sign-in taking long: "Cancel" beside the note. */
  readonly action: ScreenActionModel | undefined;
}

/** The server's English message, shown for unknown server codes only, marked as English. */
export interface ScreenServerMessage {
  readonly labelKey: string;
  readonly text: string;
  readonly lang: 'en';
}

type SupportKind = 'service-down' | 'generic';

interface ScreenModelOfKind<K extends ExperienceKind> {
  readonly kind: K;
  readonly code: LuxxonErrorCode;
  readonly tone: ScreenTone;
  /** `alert` when the user must act; `status` for states that resolve on their own. */
  readonly role: K extends 'waiting' ? 'status' : 'alert';
  /** Title and description keys, most specific first (the offline variant of NETWORK_ERROR too). */
  readonly text: ExperienceText;
  readonly note: ScreenNoteModel | undefined;
  readonly actions: readonly ScreenActionModel[];
  /** What a user can quote to support; never `detail`. */
  readonly support: K extends SupportKind ? SupportReference : undefined;
  readonly serverMessage: K extends 'generic' ? ScreenServerMessage | undefined : undefined;
}

/**
 * The pure description of one error screen: what it says (keys), in which
 * tone and role, and what it offers, in order. `kind` tells which fields
 * are there; nothing in it comes from `detail`.
 */
export type ScreenModel<K extends ExperienceKind = ExperienceKind> = K extends ExperienceKind ? ScreenModelOfKind<K> : never;

/** The page's recovery as one screen is in it (a `RecoverySnapshot` is one). */
export interface ScreenState {
  readonly phase: WaitingPhase;
  readonly secondsLeft: number;
  readonly signIn: SignInPhase;
  readonly offline: boolean;
}

/** What the app configured (`LuxxonProvider`, the boundary), as far as a screen's actions depend on it. */
export interface ScreenSettings {
  readonly topUpUrl?: string | undefined;
  readonly supportUrl?: string | undefined;
  readonly homeUrl?: string | undefined;
  readonly loginUrl?: string | undefined;
  /** The app has `onReauthenticate`: sign-in is a button, "Use another account" is offered. */
  readonly canReauthenticate: boolean;
  /** The boundary has `onShortenDuration`. */
  readonly canShortenDuration: boolean;
  /** The page the user is on, once known (never on the server): the sign-in link's `returnTo`. */
  readonly location?: { readonly href: string; readonly origin: string } | undefined;
}
