import type { RecoveryClock } from '../../src/core/recovery/RecoveryClock';

interface Timer {
  readonly at: number;
  /** Order of scheduling: timers of one instant run first come first served. */
  readonly seq: number;
  readonly run: () => void;
  cancelled: boolean;
}

/** How {@link EventClock.run} goes on and when it stops. */
export interface EventClockRun {
  /** Checked before every instant: true ends the run. */
  readonly done: () => boolean;
  /** No instant later than this runs. */
  readonly horizonMs: number;
  /** After the last timer of an instant ran and every promise it started settled. */
  readonly endOfInstant?: (now: number) => void;
}

/** A {@link RecoveryClock} of simulated time that jumps from one timer to the next. */
export interface EventClock extends RecoveryClock {
  readonly run: (options: EventClockRun) => Promise<void>;
}

const earlier = (a: Timer, b: Timer) => a.at < b.at || (a.at === b.at && a.seq < b.seq);

// Lets every promise settle: Node runs all microtasks, new ones included, before an immediate.
const settle = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Discrete-event time: timers wait in a binary heap, and `run` jumps to the
 * earliest, runs every timer due at that instant, lets the promises they
 * started settle (a check that awaits a simulated answer, the coordinator
 * that awaits the check), runs the timers that scheduled for the same
 * instant, and only then ends the instant. Hours of a crowd's countdowns
 * take seconds; nothing waits for real time.
 *
 * @example
 * const clock = createEventClock();
 * clock.setTimeout(() => console.log(clock.now()), 3000);
 * await clock.run({ done: () => false, horizonMs: 60_000 }); // logs 3000
 */
export function createEventClock(): EventClock {
  const heap: Timer[] = [];
  let now = 0;
  let seq = 0;

  const push = (timer: Timer) => {
    heap.push(timer);
    let i = heap.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!earlier(timer, heap[parent] as Timer)) break;
      heap[i] = heap[parent] as Timer;
      i = parent;
    }
    heap[i] = timer;
  };

  const pop = (): Timer | undefined => {
    const top = heap[0];
    const last = heap.pop();
    if (top === undefined || last === undefined || heap.length === 0) return top;
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      if (left >= heap.length) break;
      const right = left + 1;
      const child = right < heap.length && earlier(heap[right] as Timer, heap[left] as Timer) ? right : left;
      if (!earlier(heap[child] as Timer, last)) break;
      heap[i] = heap[child] as Timer;
      i = child;
    }
    heap[i] = last;
    return top;
  };

  return {
    now: () => now,
    setTimeout(run, ms) {
      const timer: Timer = { at: now + Math.max(0, ms), seq: seq++, run, cancelled: false };
      push(timer);
      return timer;
    },
    clearTimeout(handle) {
      if (typeof handle === 'object' && handle !== null) (handle as Timer).cancelled = true;
    },
    async run({ done, horizonMs, endOfInstant }) {
      while (!done()) {
        while (heap[0]?.cancelled) pop();
        const next = heap[0];
        if (next === undefined || next.at > horizonMs) return;
        now = next.at;
        while (heap[0] !== undefined && heap[0].at === now) {
          while (heap[0] !== undefined && heap[0].at === now) {
            const timer = pop() as Timer;
            if (!timer.cancelled) timer.run();
          }
          await settle();
        }
        endOfInstant?.(now);
      }
    },
  };
}
