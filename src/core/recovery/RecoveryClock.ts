/** Time as the recovery coordinator sees it: injected in tests, the platform's timers otherwise. */
export interface RecoveryClock {
  readonly now: () => number;
  readonly setTimeout: (run: () => void, ms: number) => unknown;
  readonly clearTimeout: (handle: unknown) => void;
}

/**
 * The platform's clock, read at call time (so that fake timers installed
 * after the coordinator was made still drive it).
 */
export const systemClock: RecoveryClock = {
  now: () => Date.now(),
  setTimeout: (run, ms) => setTimeout(run, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};
