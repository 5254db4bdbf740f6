import { createContext } from 'react';
import type { Experience } from '../../core/experience/Experience';
import type { LuxxonError } from '../../core/errors/LuxxonError';
import type { CheckOutcome, RecoveryMember, RecoverySnapshot } from '../../core/recovery/createRecoveryCoordinator';

/** One screen's error, its handlers and its place in the page's recovery ({@link useScreenRuntime}). */
export interface ScreenRuntime {
  readonly error: LuxxonError;
  readonly experience: Experience;
  readonly retry: () => void;
  readonly check: () => Promise<CheckOutcome>;
  readonly onShortenDuration: ((error: LuxxonError) => void) | undefined;
  readonly snapshot: RecoverySnapshot;
  /** Undefined until the screen has mounted (server rendering, hydration). */
  readonly member: RecoveryMember | undefined;
}

/** The screen `<LuxxonErrorScreen>` (and so the boundary) renders: `useLuxxonScreen` reads it. */
export const LuxxonScreenContext = createContext<ScreenRuntime | null>(null);
