import { MESSAGE_KEYS } from '../../core/messageKeys';
import type { LuxxonFallbackProps } from '../LuxxonFallbackProps';
import { useLuxxonTranslation } from '../useLuxxonTranslation';
import { ActionButton } from './ActionButton';
import { ErrorScreen } from './ErrorScreen';

/**
 * INVALID_INPUT / OUTSIDE_COVERAGE (`fix-request`), INVALID_STATE / CONFLICT
 * (`out-of-date`, whose action reads "Refresh": it reloads the current
 * state) and the not-found family: the text says what to do, one button
 * runs the request again.
 */
export function RetryScreen({ experience, retry }: LuxxonFallbackProps<'fix-request' | 'out-of-date' | 'not-found'>) {
  const { t } = useLuxxonTranslation();
  return (
    <ErrorScreen
      experience={experience}
      role="alert"
      actions={
        <ActionButton primary onClick={retry}>
          {t(experience.kind === 'out-of-date' ? MESSAGE_KEYS.action.refresh : MESSAGE_KEYS.action.retry)}
        </ActionButton>
      }
    />
  );
}
