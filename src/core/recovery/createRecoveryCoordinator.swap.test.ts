import { describe, expect, it, vi } from 'vitest';
import { useFakeTime } from '../../../test/support/useFakeTime';
import { LuxxonError } from '../errors/LuxxonError';
import { waitingDelay } from './waitingDelay';
import { createRecoveryCoordinator, type CheckOutcome } from './createRecoveryCoordinator';

// No DOM: fake timers, and randomness passed in (seeded).
useFakeTime();
const random = () => 0.5;
const firstCheck = waitingDelay(0, { random });

/** One waiting screen on NO_COVERAGE whose every check answers `answer()`. */
function waitingScreen(answer: () => Promise<CheckOutcome | LuxxonError>) {
  const recovery = createRecoveryCoordinator({ random });
  const check = vi.fn(answer);
  const member = recovery.join({ error: new LuxxonError({ code: 'NO_COVERAGE', statusCode: 503 }), check, retry: vi.fn() });
  return { recovery, check, member };
}

describe('createRecoveryCoordinator: a check that fails with a newer error', () => {
  it('the screen shows the newer error from then on, with its kind, and leaves the waiting group', async () => {
    const noCredit = new LuxxonError({ code: 'NO_CREDIT', statusCode: 400 });
    const { recovery, check, member } = waitingScreen(async () => noCredit);
    await vi.advanceTimersByTimeAsync(firstCheck);
    expect(check).toHaveBeenCalledTimes(1);
    expect(member.snapshot()).toMatchObject({ error: noCredit, kind: 'top-up' });
    expect(recovery.list()).toEqual([expect.objectContaining({ error: noCredit, kind: 'top-up', checks: 1 })]);
    // A top-up screen does not count down: nothing checks again by itself.
    await vi.advanceTimersByTimeAsync(10 * 60_000);
    expect(check).toHaveBeenCalledTimes(1);
  });

  it('a newer error of the same kind keeps the screen waiting, on its own code\'s deadline', async () => {
    const busy = new LuxxonError({ code: 'UNAVAILABLE', statusCode: 503 });
    const { check, member } = waitingScreen(async () => busy);
    await vi.advanceTimersByTimeAsync(firstCheck);
    expect(member.snapshot()).toMatchObject({ error: busy, kind: 'waiting', phase: 'counting' });
    await vi.advanceTimersByTimeAsync(firstCheck);
    expect(check).toHaveBeenCalledTimes(2);
  });

  it('the owner giving another error replaces the newer one; giving the same one again keeps it', async () => {
    const noCredit = new LuxxonError({ code: 'NO_CREDIT', statusCode: 400 });
    const { member } = waitingScreen(async () => noCredit);
    const given = member.snapshot().given;
    await vi.advanceTimersByTimeAsync(firstCheck);
    member.update(given);
    expect(member.snapshot()).toMatchObject({ error: noCredit, given });
    const notFound = new LuxxonError({ code: 'NOT_FOUND', statusCode: 404 });
    member.update(notFound);
    expect(member.snapshot()).toMatchObject({ error: notFound, given: notFound, kind: 'not-found' });
  });

  it('a screen that left before its check answered is not brought back', async () => {
    let answer: (value: LuxxonError) => void = () => undefined;
    const { recovery, member } = waitingScreen(() => new Promise<LuxxonError>((resolve) => (answer = resolve)));
    await vi.advanceTimersByTimeAsync(firstCheck);
    member.leave();
    answer(new LuxxonError({ code: 'NO_CREDIT', statusCode: 400 }));
    await vi.advanceTimersByTimeAsync(0);
    expect(recovery.list()).toEqual([]);
  });
});
