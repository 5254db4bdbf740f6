import { useEffect, useRef, useState } from 'react';

/** Options of {@link useCountdown}. */
export interface CountdownOptions {
  readonly durationMs: number;
  /** Ticks only while true; time left is kept while paused. */
  readonly running: boolean;
  /** A new value restarts the countdown from `durationMs`. */
  readonly restartKey: unknown;
  /** Called once when the countdown reaches zero. */
  readonly onDone: () => void;
}

/**
 * Counts down in whole seconds with one timer at a time, pausing while
 * `running` is false. Returns the milliseconds left. Unmounting clears the
 * timer: no update or `onDone` after that.
 */
export function useCountdown({ durationMs, running, restartKey, onDone }: CountdownOptions): number {
  const [state, setState] = useState({ restartKey, left: durationMs });
  if (state.restartKey !== restartKey) setState({ restartKey, left: durationMs });
  const left = state.restartKey === restartKey ? state.left : durationMs;

  const onDoneRef = useRef(onDone);
  useEffect(() => {
    onDoneRef.current = onDone;
  });

  useEffect(() => {
    if (!running) return undefined;
    if (left <= 0) {
      onDoneRef.current();
      return undefined;
    }
    const step = left % 1000 || 1000;
    const id = setTimeout(() => setState((s) => ({ ...s, left: s.left - step })), step);
    return () => clearTimeout(id);
  }, [running, left]);

  return left;
}
