import { useCallback, useMemo } from 'react';
import type { LuxxonError } from '../../core/errors/LuxxonError';
import type { CheckOutcome } from '../../core/recovery/createRecoveryCoordinator';
import type { CheckResult } from './LuxxonScreenProps';
import { resolveExperience } from '../../core/experience/resolveExperience';
import { toLuxxonError } from '../../core/errors/toLuxxonError';
import type { ScreenRuntime } from './LuxxonScreenContext';
import { useLuxxonContext } from '../provider/useLuxxonContext';
import { useRecoveryMember } from '../recovery/useRecoveryMember';

/** The handlers a screen outside a boundary is given (`LuxxonErrorScreen`'s props, `useLuxxonScreen`'s options). */
export interface ScreenHandlers {
  readonly onRetry?: (() => void) | undefined;
  readonly onCheck?: (() => Promise<CheckResult>) | undefined;
  readonly onShortenDuration?: ((error: LuxxonError) => void) | undefined;
}

const noop = () => undefined;

/**
 * Normalizes what was thrown, and joins the screen to the page's recovery
 * (unless `joined`: the screen around it already did). Without `onCheck`, a
 * check is a retry, whose effect shows in the next error (or the unmount).
 */
export function useScreenRuntime(thrown: unknown, { onRetry = noop, onCheck, onShortenDuration }: ScreenHandlers, joined = false): ScreenRuntime {
  const given = useMemo(() => toLuxxonError(thrown), [thrown]);
  const { codes } = useLuxxonContext();
  // What the page's recovery runs: the owner's check, whose newer error the coordinator shows.
  const checkOnce = useCallback(async (): Promise<CheckOutcome | LuxxonError> => {
    if (!onCheck) {
      onRetry();
      return 'failed';
    }
    try {
      const result: unknown = await onCheck();
      if (result === 'recovered') return result;
      return typeof result === 'object' && result !== null && 'error' in result ? toLuxxonError(result.error) : 'failed';
    } catch {
      return 'failed';
    }
  }, [onCheck, onRetry]);
  const recovery = useRecoveryMember(given, checkOnce, onRetry, joined);
  const { member, snapshot } = recovery;
  // The error on screen is the recovery's: the given one, or a newer one a check failed with.
  const error = snapshot.error;
  const experience = useMemo(() => resolveExperience(error, codes), [error, codes]);
  const check = useCallback(
    async (): Promise<CheckOutcome> => (member ? member.check() : (await checkOnce()) === 'recovered' ? 'recovered' : 'failed'),
    [member, checkOnce],
  );
  return { ...recovery, error, experience, retry: onRetry, check, onShortenDuration };
}
