import { isSafeHref } from '../../core/isSafeHref';
import { MESSAGE_KEYS } from '../../core/messageKeys';
import type { LuxxonFallbackProps } from '../LuxxonFallbackProps';
import { useLuxxon } from '../useLuxxon';
import { useLuxxonTranslation } from '../useLuxxonTranslation';
import { ActionButton, actionClassName } from './ActionButton';
import { ErrorScreen } from './ErrorScreen';

const A = MESSAGE_KEYS.action;

/**
 * INVALID_INPUT / OUTSIDE_COVERAGE (`fix-request`), INVALID_STATE / CONFLICT
 * (`out-of-date`, whose action reads "Refresh": it reloads the current
 * state) and the not-found family: the text says what to do, one button
 * runs the request again. Not-found screens lead with a way out, the
 * provider's `homeUrl` (same tab), when the app has one: retrying something
 * deleted rarely helps.
 */
export function RetryScreen({ experience, retry }: LuxxonFallbackProps<'fix-request' | 'out-of-date' | 'not-found'>) {
  const { homeUrl } = useLuxxon();
  const { t } = useLuxxonTranslation();
  const home = experience.kind === 'not-found' && isSafeHref(homeUrl) ? homeUrl : undefined;
  return (
    <ErrorScreen
      experience={experience}
      role="alert"
      actions={
        <>
          {home !== undefined && (
            <a className={actionClassName('primary')} href={home}>
              {t(A.goHome)}
            </a>
          )}
          <ActionButton rank={home === undefined ? 'primary' : 'secondary'} onClick={retry}>
            {t(experience.kind === 'out-of-date' ? A.refresh : A.retry)}
          </ActionButton>
        </>
      }
    />
  );
}
