import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { DEMO_LANGUAGES } from './demoI18n';

/** Switches the app's language; the kit's screens follow without a reload. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const id = useId();
  return (
    <div className="demo-language">
      <label htmlFor={id}>{t('language')}</label>
      <select id={id} value={i18n.resolvedLanguage ?? 'en'} onChange={(event) => void i18n.changeLanguage(event.target.value)}>
        {DEMO_LANGUAGES.map(({ lng, name }) => (
          <option key={lng} value={lng} lang={lng}>
            {name}
          </option>
        ))}
      </select>
    </div>
  );
}
