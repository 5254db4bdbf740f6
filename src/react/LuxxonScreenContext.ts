import { createContext, useContext } from 'react';
import type { RecoveryMember, RecoverySnapshot } from '../core/recovery/createRecoveryCoordinator';

/** One screen's place in the page's recovery, from {@link useRecoveryMember}. */
export interface ScreenRecovery {
  readonly snapshot: RecoverySnapshot;
  /** Undefined until the screen has mounted (server rendering, hydration). */
  readonly member: RecoveryMember | undefined;
}

export const LuxxonScreenContext = createContext<ScreenRecovery | null>(null);

/** The recovery of the screen being rendered. Throws outside `<LuxxonErrorView>`. */
export function useScreenRecovery(): ScreenRecovery {
  const value = useContext(LuxxonScreenContext);
  if (value === null) throw new Error('Error screens must be rendered by <LuxxonErrorView> or <LuxxonErrorBoundary>.');
  return value;
}
