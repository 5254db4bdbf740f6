import { describeCode } from '../codes/codeRegistry';
import type { ExperienceKind } from '../experience/ExperienceKind';
import type { LuxxonError } from '../errors/LuxxonError';
import { waitingDelay } from './waitingDelay';
import { systemClock, type RecoveryClock } from './RecoveryClock';

/**
 * How one check of a screen's failed requests ended.
 *
 * @example
 * ```tsx
 * <LuxxonErrorScreen error={error} onRetry={refetch} onCheck={async (): Promise<CheckOutcome> => ((await refetch()).isError ? 'failed' : 'recovered')} />
 * ```
 */
export type CheckOutcome = 'recovered' | 'failed';

/** Where a waiting screen's shared countdown stands, as that screen shows it. */
export type WaitingPhase = 'counting' | 'checking' | 'paused' | 'offline' | 'stopped';

/** Where the page's one sign-in stands, for the screens that wait on it. */
export type SignInPhase = 'idle' | 'pending' | 'stalled' | 'failed';

/** What one error screen shows of the page's recovery. Immutable; a new object when anything changed. */
export interface RecoverySnapshot {
  /** The error the screen shows: its owner's, or a newer one a check of its requests failed with. */
  readonly error: LuxxonError;
  /** The error the screen's owner gave (on join or with `update`): a snapshot is about that error. */
  readonly given: LuxxonError;
  readonly kind: ExperienceKind;
  /** Waiting screens: the phase of the countdown shared by every screen of this code. */
  readonly phase: WaitingPhase;
  /** Waiting screens: whole seconds until the shared check (at least 1). */
  readonly secondsLeft: number;
  /** Re-login screens, and permission screens that started "Use another account". */
  readonly signIn: SignInPhase;
  readonly offline: boolean;
}

/** What a screen hands the coordinator when it appears. */
export interface RecoveryMemberInit {
  readonly error: LuxxonError;
  /**
   * Fetches the screen's failed requests once each: `'recovered'` (the screen
   * resets itself), `'failed'`, or the newer error they failed with, which the
   * screen shows from then on (its snapshot's `error`).
   */
  readonly check: () => Promise<CheckOutcome | LuxxonError>;
  /** Runs the failed requests again from scratch (the boundary renders its content again). */
  readonly retry: () => void;
  /**
   * The experience of an error on this screen, read when it joins and when it shows a newer error:
   * the kit's own codes and the app's as they are then (`<LuxxonProvider codes>`). Default: the kit's.
   */
  readonly kindOf?: (error: LuxxonError) => ExperienceKind;
}

/** One error screen's handle on the page's recovery. */
export interface RecoveryMember {
  readonly snapshot: () => RecoverySnapshot;
  /** The screen's owner gives it another error (a newer one was thrown): the screen shows that. */
  readonly update: (error: LuxxonError) => void;
  /** Checks this screen's requests once (a custom screen's `check`); a newer error they fail with is shown. */
  readonly check: () => Promise<CheckOutcome>;
  readonly leave: () => void;
  /** Waiting: check now, for every screen of this code. */
  readonly checkNow: () => void;
  /** Waiting: this screen stops checking until the user tries again. */
  readonly stop: () => void;
  /** Starts the page's sign-in, or joins the one under way. Call within the click. */
  readonly signIn: () => void;
  readonly cancelSignIn: () => void;
  /** Top-up: the user opened the top-up page; coming back to the tab checks every credit screen. */
  readonly openedTopUp: () => void;
  /** Top-up: "I've topped up" retries every credit screen. */
  readonly toppedUp: () => void;
}

/**
 * Something the page recovered from, for app code that wants to react too (`useLuxxonRecovery`).
 *
 * @example
 * ```tsx
 * useLuxxonRecovery((event: RecoveryEvent) => event.type === 'recovered' && toast(`${event.code} is over`));
 * ```
 */
export type RecoveryEvent = { readonly type: 'signed-in' } | { readonly type: 'online' } | { readonly type: 'recovered'; readonly code: string };

/** One screen on the page, as tools list it. */
export interface RecoveryEntry {
  /** The error the screen shows (a newer one when a check failed with it). */
  readonly error: LuxxonError;
  /** The error its owner gave it (what its boundary caught). */
  readonly given: LuxxonError;
  readonly kind: ExperienceKind;
  /** When the screen appeared (the clock's time). */
  readonly since: number;
  /** How many checks it ran. */
  readonly checks: number;
}

/** Inputs of {@link createRecoveryCoordinator}: time, randomness and the app's sign-in. */
export interface RecoveryCoordinatorOptions {
  readonly clock?: RecoveryClock;
  /** Randomness in [0, 1) for the jittered countdowns. Default `Math.random`. */
  readonly random?: () => number;
  /** Starts the app's sign-in and settles when it finished (a rejection: it did not). */
  readonly reauthenticate?: () => unknown;
}

/** The page's recovery: one per `LuxxonProvider`, shared by every error screen below it. */
export interface RecoveryCoordinator {
  readonly join: (init: RecoveryMemberInit) => RecoveryMember;
  /** Called after every change of any snapshot. */
  readonly subscribe: (listener: () => void) => () => void;
  readonly onEvent: (listener: (event: RecoveryEvent) => void) => () => void;
  readonly setOnline: (online: boolean) => void;
  readonly setVisible: (visible: boolean) => void;
  /** The screens on the page, as they are now: live entries, read at once (each change makes no copy). */
  readonly list: () => readonly RecoveryEntry[];
}

interface Member {
  error: LuxxonError;
  given: LuxxonError;
  kind: ExperienceKind;
  stopped: boolean;
  /** A permission screen that started "Use another account". */
  joined: boolean;
  checks: number;
  snap: RecoverySnapshot;
  readonly since: number;
  readonly init: RecoveryMemberInit;
}

interface WaitingGroup {
  attempt: number;
  left: number;
  checking: boolean;
  /** Its countdown's pending tick, if any (a fired or cleared one's handle is harmless to clear again). */
  timer?: unknown;
}

/** A code's backoff survives its screens this long: an error that comes straight back resumes it. */
const RESUME_MS = 60_000;

/** After this long a pending sign-in offers to start again or cancel. */
const SIGN_IN_TIMEOUT_MS = 60_000;

/** The experience of `error` on a screen: as its owner says (the app's codes included), else the kit's. */
const kindOf = (init: RecoveryMemberInit, error: LuxxonError) => init.kindOf?.(error) ?? describeCode(error.code).kind;

const same = (a: RecoverySnapshot, b: RecoverySnapshot) =>
  (Object.keys(a) as (keyof RecoverySnapshot)[]).every((key) => a[key] === b[key]);

/**
 * The page's recovery, pure: every error screen joins it, and it decides
 * who checks when. Waiting screens of one code share one countdown and one
 * probe (the first screen's requests); when the probe recovers, every other
 * screen of that code checks its own requests once, and when it fails they
 * all wait for the next jittered deadline, whose backoff never restarts on a
 * check that did not succeed. The page signs in once: a second "Sign in
 * again" joins the first, and its end retries every screen that waited on it.
 * Offline, nothing is sent; back online, each code checks at once. Hidden,
 * countdowns pause; back after longer than a countdown, it checks at once,
 * and credit screens check after a visit to the top-up page.
 *
 * @example
 * const recovery = createRecoveryCoordinator({ reauthenticate: () => auth.signIn() });
 * const member = recovery.join({ error, check, retry });
 */
export function createRecoveryCoordinator(options: RecoveryCoordinatorOptions = {}): RecoveryCoordinator {
  const { clock = systemClock, random = Math.random, reauthenticate } = options;
  // Until the page says otherwise (setOnline, setVisible): online and shown.
  let online = true;
  let visible = true;
  let hiddenAt = 0;
  let topUpOpened = false;
  let signIn: SignInPhase = 'idle';
  let signInRun = 0;
  let signInTimer: unknown;
  const members = new Set<Member>();
  const groups = new Map<string, WaitingGroup>();
  const recent = new Map<string, { attempt: number; at: number }>();
  const listeners = new Set<() => void>();
  const eventListeners = new Set<(event: RecoveryEvent) => void>();

  const all = () => [...members];
  const waitingIn = (code: string) => all().filter((m) => m.kind === 'waiting' && !m.stopped && m.error.code === code);
  const follows = (m: Member) => m.kind === 're-login' || (m.kind === 'permission' && m.joined);

  const snapshotOf = (m: Member): RecoverySnapshot => {
    const group = groups.get(m.error.code);
    let phase: WaitingPhase = 'counting';
    if (m.stopped) phase = 'stopped';
    else if (!online) phase = 'offline';
    else if (group?.checking) phase = 'checking';
    else if (!visible) phase = 'paused';
    return {
      error: m.error,
      given: m.given,
      kind: m.kind,
      phase,
      secondsLeft: Math.max(1, Math.ceil((group?.left ?? 0) / 1000)),
      signIn: follows(m) ? signIn : 'idle',
      offline: !online,
    };
  };

  const emit = () => {
    for (const m of members) {
      const next = snapshotOf(m);
      if (!same(next, m.snap)) m.snap = next;
    }
    for (const listener of [...listeners]) listener();
  };

  const fire = (event: RecoveryEvent) => {
    for (const listener of [...eventListeners]) {
      try {
        listener(event);
      } catch (failure) {
        console.error('[@luxxon/react-errors] a recovery listener threw.', failure);
      }
    }
  };

  // The screen shows `error` from now on: a newer one a check failed with, or one its owner passed.
  const show = (m: Member, error: LuxxonError) => {
    if (error !== m.error) {
      m.error = error;
      m.kind = kindOf(m.init, error);
      m.stopped = false;
      sync();
    }
    emit();
  };

  const run = async (m: Member): Promise<CheckOutcome> => {
    m.checks += 1;
    let result: CheckOutcome | LuxxonError = 'failed';
    try {
      result = await m.init.check();
    } catch {
      // A check that throws is a check that failed.
    }
    if (result === 'recovered') return result;
    if (typeof result === 'object' && members.has(m)) show(m, result);
    return 'failed';
  };

  const delay = (code: string, attempt: number) =>
    waitingDelay(attempt, { retryAfterMs: waitingIn(code)[0]?.error.retryAfterMs, random });

  const schedule = (code: string, group: WaitingGroup) => {
    clock.clearTimeout(group.timer);
    if (group.checking || !online || !visible) return;
    if (group.left <= 0) {
      void check(code);
      return;
    }
    const step = group.left % 1000 || 1000;
    group.timer = clock.setTimeout(() => {
      group.left -= step;
      emit();
      schedule(code, group);
    }, step);
  };

  async function check(code: string): Promise<void> {
    const group = groups.get(code);
    const leader = waitingIn(code)[0];
    if (group === undefined || leader === undefined || group.checking || !online) return;
    clock.clearTimeout(group.timer);
    group.checking = true;
    emit();
    const recovered = (await run(leader)) === 'recovered';
    if (recovered) {
      // The cause is gone: every other screen of this code checks its own requests, once.
      await Promise.all(waitingIn(code).filter((m) => m !== leader).map(run));
      fire({ type: 'recovered', code });
    }
    group.checking = false;
    // Backoff grows with every failed probe and never restarts; after a probe that recovered, the
    // screens still left (turned away by a busy server) keep the step they were at.
    if (!recovered) group.attempt += 1;
    group.left = delay(code, group.attempt);
    if (groups.get(code) === group) schedule(code, group);
    emit();
  }

  // Waiting groups follow their screens: one per code with a screen checking, gone with the last.
  const sync = () => {
    for (const m of members) {
      const code = m.error.code;
      if (m.kind !== 'waiting' || m.stopped || groups.has(code)) continue;
      const last = recent.get(code);
      const attempt = last !== undefined && clock.now() - last.at < RESUME_MS ? last.attempt : 0;
      const group: WaitingGroup = { attempt, left: delay(code, attempt), checking: false };
      groups.set(code, group);
      schedule(code, group);
    }
    for (const [code, group] of groups) {
      if (waitingIn(code).length > 0) continue;
      clock.clearTimeout(group.timer);
      groups.delete(code);
      recent.set(code, { attempt: group.attempt, at: clock.now() });
    }
    if (signIn === 'failed' && !all().some(follows)) signIn = 'idle';
  };

  const settleSignIn = (runId: number, signedIn: boolean) => {
    if (runId !== signInRun) return;
    clock.clearTimeout(signInTimer);
    if (!signedIn) {
      signIn = 'failed';
      emit();
      return;
    }
    signIn = 'idle';
    const waiting = all().filter(follows);
    for (const m of waiting) m.joined = false;
    fire({ type: 'signed-in' });
    for (const m of waiting) m.init.retry();
    emit();
  };

  const startSignIn = (m: Member) => {
    m.joined = true;
    if (signIn === 'pending') {
      emit();
      return;
    }
    signInRun += 1;
    const runId = signInRun;
    signIn = 'pending';
    // Live only while this run is pending: settling and cancelling clear it, and the next run starts
    // only after one of them or after it fired.
    signInTimer = clock.setTimeout(() => {
      signIn = 'stalled';
      emit();
    }, SIGN_IN_TIMEOUT_MS);
    emit();
    let started: unknown;
    try {
      // Within the click: a sign-in popup opened a tick later is blocked.
      started = reauthenticate?.();
    } catch (failure) {
      started = Promise.reject(failure);
    }
    Promise.resolve(started).then(
      () => settleSignIn(runId, true),
      () => settleSignIn(runId, false),
    );
  };

  const cancelSignIn = () => {
    signInRun += 1;
    clock.clearTimeout(signInTimer);
    signIn = 'idle';
    for (const m of members) m.joined = false;
    emit();
  };

  return {
    join(init) {
      const m: Member = { error: init.error, given: init.error, kind: kindOf(init, init.error), stopped: false, joined: false, checks: 0, since: clock.now(), init, snap: undefined! };
      members.add(m);
      m.snap = snapshotOf(m);
      sync();
      emit();
      return {
        snapshot: () => m.snap,
        update(error) {
          if (error === m.given) return;
          m.given = error;
          show(m, error);
        },
        check: () => run(m),
        leave() {
          if (!members.delete(m)) return;
          sync();
          emit();
        },
        checkNow() {
          if (m.kind === 'waiting' && !m.stopped) void check(m.error.code);
        },
        stop() {
          m.stopped = true;
          sync();
          emit();
        },
        signIn: () => startSignIn(m),
        cancelSignIn,
        openedTopUp() {
          topUpOpened = true;
        },
        toppedUp() {
          for (const other of all()) if (other.kind === 'top-up') other.init.retry();
        },
      };
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    onEvent(listener) {
      eventListeners.add(listener);
      return () => eventListeners.delete(listener);
    },
    setOnline(next) {
      if (next === online) return;
      online = next;
      for (const [code, group] of groups) {
        if (next) void check(code);
        else schedule(code, group);
      }
      if (next) fire({ type: 'online' });
      emit();
    },
    setVisible(next) {
      if (next === visible) return;
      visible = next;
      const away = clock.now() - hiddenAt;
      if (!next) hiddenAt = clock.now();
      for (const [code, group] of groups) {
        // Back after longer than the countdown had left: the check is overdue.
        if (next && away >= group.left) void check(code);
        else schedule(code, group);
      }
      if (next && topUpOpened) {
        topUpOpened = false;
        for (const m of all()) if (m.kind === 'top-up') void run(m);
      }
      emit();
    },
    // A member is its entry (error, given, kind, since, checks), read-only to tools through the type.
    list: all,
  };
}
