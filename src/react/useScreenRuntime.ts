import { useCallback, useMemo } from 'react';
import type { LuxxonError } from '../core/LuxxonError';
import type { CheckOutcome } from '../core/recovery/createRecoveryCoordinator';
import { resolveExperience } from '../core/resolveExperience';
import { toLuxxonError } from '../core/toLuxxonError';
import type { ScreenRuntime } from './LuxxonScreenContext';
import { useLuxxonContext } from './useLuxxonContext';
import { useRecoveryMember } from './useRecoveryMember';

/** The handlers a screen outside a boundary is given (`LuxxonErrorScreen`'s props, `useLuxxonScreen`'s options). */
export interface ScreenHandlers {
  readonly onRetry?: (() => void) | undefined;
  readonly onCheck?: (() => Promise<CheckOutcome>) | undefined;
  readonly onShortenDuration?: ((error: LuxxonError) => void) | undefined;
}

const noop = () => undefined;

/**
 * Normalizes what was thrown, and joins the screen to the page's recovery
 * (unless `joined`: the screen around it already did). Without `onCheck`, a
 * check is a retry, whose effect shows in the next error (or the unmount).
 */
export function useScreenRuntime(thrown: unknown, { onRetry = noop, onCheck, onShortenDuration }: ScreenHandlers, joined = false): ScreenRuntime {
  const error = useMemo(() => toLuxxonError(thrown), [thrown]);
  const { codes } = useLuxxonContext();
  const experience = useMemo(() => resolveExperience(error, codes), [error, codes]);
  const check = useCallback(async (): Promise<CheckOutcome> => {
    if (!onCheck) {
      onRetry();
      return 'failed';
    }
    try {
      return (await onCheck()) === 'recovered' ? 'recovered' : 'failed';
    } catch {
      return 'failed';
    }
  }, [onCheck, onRetry]);
  const recovery = useRecoveryMember(error, check, onRetry, joined);
  return { ...recovery, error, experience, retry: onRetry, check, onShortenDuration };
}
