import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LuxxonError } from '../errors/LuxxonError';
import { waitingDelay } from './waitingDelay';
import { createRecoveryCoordinator, type CheckOutcome } from './createRecoveryCoordinator';

// No DOM: the platform clock under fake timers, and seeded randomness.
const random = () => 0.5;
const firstDelay = waitingDelay(0, { random });

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('createRecoveryCoordinator: a check that fails with a newer error', () => {
  it('the screen shows the newer error from then on, with its kind, and leaves the waiting group', async () => {
    const recovery = createRecoveryCoordinator({ random });
    const noCredit = new LuxxonError({ code: 'NO_CREDIT', statusCode: 400 });
    const check = vi.fn(async (): Promise<CheckOutcome | LuxxonError> => noCredit);
    const member = recovery.join({ error: new LuxxonError({ code: 'NO_COVERAGE', statusCode: 503 }), check, retry: vi.fn() });

    await vi.advanceTimersByTimeAsync(firstDelay);
    expect(check).toHaveBeenCalledTimes(1);
    expect(member.snapshot()).toMatchObject({ error: noCredit, kind: 'top-up' });
    expect(recovery.list()).toEqual([expect.objectContaining({ error: noCredit, kind: 'top-up', checks: 1 })]);
    // A top-up screen does not count down: nothing checks again by itself.
    await vi.advanceTimersByTimeAsync(10 * 60_000);
    expect(check).toHaveBeenCalledTimes(1);
  });

  it('a newer error of the same kind keeps the screen waiting, on the next shared deadline', async () => {
    const recovery = createRecoveryCoordinator({ random });
    const busy = new LuxxonError({ code: 'UNAVAILABLE', statusCode: 503 });
    const check = vi.fn(async (): Promise<CheckOutcome | LuxxonError> => busy);
    const member = recovery.join({ error: new LuxxonError({ code: 'NO_COVERAGE', statusCode: 503 }), check, retry: vi.fn() });

    await vi.advanceTimersByTimeAsync(firstDelay);
    expect(member.snapshot()).toMatchObject({ error: busy, kind: 'waiting', phase: 'counting' });
    await vi.advanceTimersByTimeAsync(waitingDelay(0, { random }));
    expect(check).toHaveBeenCalledTimes(2);
  });

  it("a screen that left before its check answered is not brought back", async () => {
    const recovery = createRecoveryCoordinator({ random });
    let answer: (value: LuxxonError) => void = () => undefined;
    const check = vi.fn(() => new Promise<LuxxonError>((resolve) => (answer = resolve)));
    const member = recovery.join({ error: new LuxxonError({ code: 'NO_COVERAGE', statusCode: 503 }), check, retry: vi.fn() });
    await vi.advanceTimersByTimeAsync(firstDelay);
    member.leave();
    answer(new LuxxonError({ code: 'NO_CREDIT', statusCode: 400 }));
    await vi.advanceTimersByTimeAsync(0);
    expect(recovery.list()).toEqual([]);
  });
});
