import { useTranslation } from 'react-i18next';
import { LUXXON_NAMESPACE } from '../core/messageKeys';
import { useLuxxon } from './useLuxxon';

/**
 * `t` for the kit's namespace on the kit's i18next instance (the app's, when
 * it passed one), plus the language and direction to render in. Never
 * suspends: until a locale loads, English shows.
 */
export function useLuxxonTranslation() {
  const { i18n, locale } = useLuxxon();
  const { t } = useTranslation(LUXXON_NAMESPACE, { i18n, useSuspense: false });
  const lng = i18n.resolvedLanguage ?? i18n.language ?? locale;
  return { t, lng, dir: i18n.dir(lng) };
}
