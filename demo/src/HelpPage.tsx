import { useId } from 'react';
import { useTranslation } from 'react-i18next';

/** The help page: text only, no query. */
export function HelpPage() {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <section className="demo-page" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('help.title')}</h2>
      <p>{t('help.body')}</p>
    </section>
  );
}
