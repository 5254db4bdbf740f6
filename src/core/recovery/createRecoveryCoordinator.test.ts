import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LuxxonError } from '../errors/LuxxonError';
import { waitingDelay } from './waitingDelay';
import {
  createRecoveryCoordinator,
  type CheckOutcome,
  type RecoveryCoordinator,
  type RecoveryCoordinatorOptions,
  type RecoveryMember,
} from './createRecoveryCoordinator';

// No DOM: the platform clock under fake timers, and seeded randomness.
const random = () => 0.5;
const firstDelay = waitingDelay(0, { random });
const secondDelay = waitingDelay(1, { random });

function screenOf(code: string, outcomes: CheckOutcome[] = ['failed']) {
  let n = 0;
  const error = new LuxxonError({ code });
  const check = vi.fn(async (): Promise<CheckOutcome> => outcomes[Math.min(n++, outcomes.length - 1)] ?? 'failed');
  const retry = vi.fn();
  return { error, check, retry };
}

function setup(options: RecoveryCoordinatorOptions = {}) {
  return createRecoveryCoordinator({ random, ...options });
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('createRecoveryCoordinator: waiting screens', () => {
  it('five screens of one code share one countdown and one probe while the cause lasts', async () => {
    const recovery = setup();
    const screens = Array.from({ length: 5 }, () => screenOf('NO_COVERAGE'));
    const members = screens.map((s) => recovery.join(s));
    expect(new Set(members.map((m) => m.snapshot().secondsLeft))).toEqual(new Set([firstDelay / 1000]));

    await vi.advanceTimersByTimeAsync(firstDelay);
    expect(screens[0]!.check).toHaveBeenCalledTimes(1);
    for (const s of screens.slice(1)) expect(s.check).not.toHaveBeenCalled();

    await vi.advanceTimersByTimeAsync(secondDelay);
    expect(screens[0]!.check).toHaveBeenCalledTimes(2);
    expect(screens.slice(1).every((s) => s.check.mock.calls.length === 0)).toBe(true);
    expect(members.map((m) => m.snapshot().phase)).toEqual(Array(5).fill('counting'));
  });

  it('when the probe recovers, every other screen of that code checks its own requests once', async () => {
    const recovery = setup();
    const leader = screenOf('NO_COVERAGE', ['recovered']);
    const others = [screenOf('NO_COVERAGE', ['recovered']), screenOf('NO_COVERAGE', ['recovered'])];
    const unrelated = screenOf('UNAVAILABLE');
    for (const s of [leader, ...others, unrelated]) recovery.join(s);
    const events: unknown[] = [];
    recovery.onEvent((event) => events.push(event));

    await vi.advanceTimersByTimeAsync(firstDelay);
    expect(leader.check).toHaveBeenCalledTimes(1);
    for (const s of others) expect(s.check).toHaveBeenCalledTimes(1);
    expect(events).toEqual([{ type: 'recovered', code: 'NO_COVERAGE' }]);
    // Its own countdown: UNAVAILABLE's first deadline is the same as NO_COVERAGE's.
    expect(unrelated.check).toHaveBeenCalledTimes(1);
  });

  it('backoff grows with every failed check and never restarts on one', async () => {
    const recovery = setup();
    const s = screenOf('NO_COVERAGE');
    recovery.join(s);
    let elapsed = 0;
    const times: number[] = [];
    for (let attempt = 0; attempt < 5; attempt += 1) {
      const wait = waitingDelay(attempt, { random });
      await vi.advanceTimersByTimeAsync(wait);
      elapsed += wait;
      times.push(elapsed);
    }
    expect(s.check).toHaveBeenCalledTimes(5);
    const gaps = times.map((t, i) => t - (times[i - 1] ?? 0));
    expect(gaps).toEqual([...gaps].sort((a, b) => a - b));
    expect(gaps[4]).toBeGreaterThan(gaps[0]!);
  });

  it('"Check now" on any screen checks once for all of them, and a second press joins it', async () => {
    const recovery = setup();
    const screens = [screenOf('NO_COVERAGE'), screenOf('NO_COVERAGE')];
    const [first, second] = screens.map((s) => recovery.join(s));
    let release: (outcome: CheckOutcome) => void = () => undefined;
    screens[0]!.check.mockImplementationOnce(() => new Promise<CheckOutcome>((resolve) => (release = resolve)));
    second!.checkNow();
    first!.checkNow();
    expect(first!.snapshot().phase).toBe('checking');
    expect(second!.snapshot().phase).toBe('checking');
    release('failed');
    await vi.advanceTimersByTimeAsync(0);
    expect(screens[0]!.check).toHaveBeenCalledTimes(1);
    expect(screens[1]!.check).not.toHaveBeenCalled();
    expect(second!.snapshot()).toMatchObject({ phase: 'counting', secondsLeft: secondDelay / 1000 });
  });

  // The first screen, which holds the probe, drops out: it leaves (unmounts), or its user stops waiting.
  const DROPS = [
    { title: 'hands the probe to the next screen when the leader leaves', drop: (m: RecoveryMember) => m.leave() },
    {
      title: '"Stop waiting" takes one screen out of the checks; the others go on',
      drop: (m: RecoveryMember) => {
        m.stop();
        expect(m.snapshot().phase).toBe('stopped');
      },
    },
  ];

  for (const { title, drop } of DROPS) {
    it(title, async () => {
      const recovery = setup();
      const a = screenOf('NO_COVERAGE');
      const b = screenOf('NO_COVERAGE');
      const leader = recovery.join(a);
      recovery.join(b);
      drop(leader);
      await vi.advanceTimersByTimeAsync(firstDelay);
      expect(a.check).not.toHaveBeenCalled();
      expect(b.check).toHaveBeenCalledTimes(1);
    });
  }

  // What holds every check back until it lifts, from the start: the network, the tab's visibility.
  const GATES = [
    { gate: 'offline', code: 'NETWORK_ERROR', hold: (r: RecoveryCoordinator) => r.setOnline(false), phase: 'offline', lift: (r: RecoveryCoordinator) => r.setOnline(true) },
    { gate: 'hidden', code: 'NO_COVERAGE', hold: (r: RecoveryCoordinator) => r.setVisible(false), phase: 'paused', lift: (r: RecoveryCoordinator) => r.setVisible(true) },
  ] as const;

  for (const { gate, code, hold, phase, lift } of GATES) {
    it(`${gate} sends nothing, however long; once lifted, checks once at once`, async () => {
      const recovery = setup();
      hold(recovery);
      const s = screenOf(code);
      const member = recovery.join(s);
      expect(member.snapshot().phase).toBe(phase);
      await vi.advanceTimersByTimeAsync(10 * 60_000);
      expect(s.check).not.toHaveBeenCalled();
      lift(recovery);
      await vi.advanceTimersByTimeAsync(0);
      expect(s.check).toHaveBeenCalledTimes(1);
    });
  }

  it('offline, the snapshot says so and "check now" sends nothing either', async () => {
    const s = screenOf('NETWORK_ERROR');
    const recovery = setup();
    recovery.setOnline(false);
    const member = recovery.join(s);
    expect(member.snapshot()).toMatchObject({ phase: 'offline', offline: true });
    member.checkNow();
    await vi.advanceTimersByTimeAsync(0);
    expect(s.check).not.toHaveBeenCalled();
  });

  it('pauses while hidden; back sooner than the countdown, resumes it where it was', async () => {
    const recovery = setup();
    const s = screenOf('NO_COVERAGE');
    const member = recovery.join(s);
    recovery.setVisible(false);
    expect(member.snapshot().phase).toBe('paused');
    await vi.advanceTimersByTimeAsync(firstDelay - 1000);
    recovery.setVisible(true);
    expect(s.check).not.toHaveBeenCalled();
    expect(member.snapshot().secondsLeft).toBe(firstDelay / 1000);
  });

  it('resumes a code\'s backoff when its error comes straight back', async () => {
    const recovery = setup();
    const first = screenOf('NO_COVERAGE');
    const member = recovery.join(first);
    await vi.advanceTimersByTimeAsync(firstDelay);
    member.leave();
    const again = recovery.join(screenOf('NO_COVERAGE'));
    expect(again.snapshot().secondsLeft).toBe(secondDelay / 1000);
  });

  it('a check that throws counts as failed', async () => {
    const recovery = setup();
    const s = screenOf('NO_COVERAGE');
    s.check.mockRejectedValueOnce(new Error('boom'));
    const member = recovery.join(s);
    await vi.advanceTimersByTimeAsync(firstDelay);
    expect(member.snapshot()).toMatchObject({ phase: 'counting', secondsLeft: secondDelay / 1000 });
  });

  it('keeps a snapshot the same object until something it shows changes', () => {
    const recovery = setup();
    const member = recovery.join(screenOf('NO_COVERAGE'));
    const other = recovery.join(screenOf('NOT_FOUND'));
    const before = other.snapshot();
    member.stop();
    expect(other.snapshot()).toBe(before);
  });
});

describe('createRecoveryCoordinator: sign-in', () => {
  function signInSetup() {
    let settle: { resolve: () => void; reject: () => void } = { resolve: () => undefined, reject: () => undefined };
    const reauthenticate = vi.fn(() => new Promise<void>((resolve, reject) => (settle = { resolve, reject: () => reject(new Error('closed')) })));
    const recovery = setup({ reauthenticate });
    return { recovery, reauthenticate, settle: () => settle };
  }

  it('three re-login screens sign in once, then each retries once', async () => {
    const { recovery, reauthenticate, settle } = signInSetup();
    const screens = [screenOf('NOT_AUTHENTICATED'), screenOf('NOT_AUTHENTICATED'), screenOf('NOT_AUTHENTICATED')];
    const members = screens.map((s) => recovery.join(s));
    const events: unknown[] = [];
    recovery.onEvent((event) => events.push(event));
    for (const m of members) m.signIn();
    expect(reauthenticate).toHaveBeenCalledTimes(1);
    expect(members.map((m) => m.snapshot().signIn)).toEqual(['pending', 'pending', 'pending']);
    settle().resolve();
    await vi.advanceTimersByTimeAsync(0);
    for (const s of screens) expect(s.retry).toHaveBeenCalledTimes(1);
    expect(events).toEqual([{ type: 'signed-in' }]);
  });

  it('a rejection shows "didn\'t finish" on every screen waiting on it, and a new press signs in again', async () => {
    const { recovery, reauthenticate, settle } = signInSetup();
    const members = [recovery.join(screenOf('NOT_AUTHENTICATED')), recovery.join(screenOf('NOT_AUTHENTICATED'))];
    members[0]!.signIn();
    settle().reject();
    await vi.advanceTimersByTimeAsync(0);
    expect(members.map((m) => m.snapshot().signIn)).toEqual(['failed', 'failed']);
    members[1]!.signIn();
    expect(reauthenticate).toHaveBeenCalledTimes(2);
  });

  it('a permission screen follows the sign-in only once it started "Use another account"', async () => {
    const { recovery, settle } = signInSetup();
    const relogin = screenOf('NOT_AUTHENTICATED');
    const idle = screenOf('NOT_AUTHORIZED');
    const switching = screenOf('NOT_YOUR_SESSION');
    recovery.join(relogin).signIn();
    const idleMember = recovery.join(idle);
    recovery.join(switching).signIn();
    expect(idleMember.snapshot().signIn).toBe('idle');
    settle().resolve();
    await vi.advanceTimersByTimeAsync(0);
    expect(relogin.retry).toHaveBeenCalledTimes(1);
    expect(switching.retry).toHaveBeenCalledTimes(1);
    expect(idle.retry).not.toHaveBeenCalled();
  });

  it('a sign-in that never settles offers to start again or cancel', async () => {
    const { recovery, reauthenticate } = signInSetup();
    const member = recovery.join(screenOf('NOT_AUTHENTICATED'));
    member.signIn();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(member.snapshot().signIn).toBe('stalled');
    member.signIn();
    expect(reauthenticate).toHaveBeenCalledTimes(2);
    member.cancelSignIn();
    expect(member.snapshot().signIn).toBe('idle');
  });

  it('a sign-in that throws synchronously is a sign-in that did not finish', async () => {
    const recovery = setup({
      reauthenticate: () => {
        throw new Error('no popup');
      },
    });
    const member = recovery.join(screenOf('NOT_AUTHENTICATED'));
    member.signIn();
    await vi.advanceTimersByTimeAsync(0);
    expect(member.snapshot().signIn).toBe('failed');
  });
});

describe('createRecoveryCoordinator: top-up and independence', () => {
  it('back from the top-up tab, every credit screen checks once; "I\'ve topped up" retries them all', async () => {
    const recovery = setup();
    const credit = [screenOf('NO_CREDIT'), screenOf('INSUFFICIENT_CREDIT')];
    const [first] = credit.map((s) => recovery.join(s));
    first!.openedTopUp();
    recovery.setVisible(false);
    recovery.setVisible(true);
    await vi.advanceTimersByTimeAsync(0);
    for (const s of credit) expect(s.check).toHaveBeenCalledTimes(1);
    recovery.setVisible(false);
    recovery.setVisible(true);
    await vi.advanceTimersByTimeAsync(0);
    for (const s of credit) expect(s.check).toHaveBeenCalledTimes(1);
    first!.toppedUp();
    for (const s of credit) expect(s.retry).toHaveBeenCalledTimes(1);
  });

  it('two coordinators share nothing', async () => {
    const reauthenticate = vi.fn(() => new Promise<void>(() => undefined));
    const one = setup({ reauthenticate });
    const two = setup({ reauthenticate });
    one.join(screenOf('NOT_AUTHENTICATED')).signIn();
    two.join(screenOf('NOT_AUTHENTICATED')).signIn();
    expect(reauthenticate).toHaveBeenCalledTimes(2);
    const a = screenOf('NO_COVERAGE');
    const b = screenOf('NO_COVERAGE');
    one.join(a);
    two.join(b);
    await vi.advanceTimersByTimeAsync(firstDelay);
    expect(a.check).toHaveBeenCalledTimes(1);
    expect(b.check).toHaveBeenCalledTimes(1);
    expect(one.list()).toHaveLength(2);
  });
});

describe('createRecoveryCoordinator: after a probe that recovered', () => {
  it('screens still left keep their backoff step instead of waiting longer', async () => {
    const recovery = setup();
    const leader = screenOf('NO_COVERAGE', ['failed', 'recovered']);
    const turnedAway = screenOf('NO_COVERAGE', ['failed']);
    recovery.join(leader);
    const left = recovery.join(turnedAway);
    await vi.advanceTimersByTimeAsync(firstDelay);
    await vi.advanceTimersByTimeAsync(secondDelay);
    expect(turnedAway.check).toHaveBeenCalledTimes(1);
    expect(left.snapshot().secondsLeft).toBe(secondDelay / 1000);
  });
});
