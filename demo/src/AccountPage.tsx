import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { LuxxonApi } from './luxxonApi';
import { WalletCard } from './WalletCard';

/** The account page: a query of its own (the wallet) while the live view is unmounted. */
export function AccountPage({ api }: { readonly api: LuxxonApi }) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <section className="demo-page" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('account.title')}</h2>
      <p>{t('account.intro')}</p>
      <WalletCard api={api} />
    </section>
  );
}
