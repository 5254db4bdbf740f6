import { useId } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { LuxxonErrorBoundary } from '@luxxon/react-errors';
import type { LuxxonApi } from './luxxonApi';

/** Props of {@link WalletCard}. */
export interface WalletCardProps {
  readonly api: LuxxonApi;
}

function WalletBalance({ api }: WalletCardProps) {
  const { t } = useTranslation();
  // `useQuery` with `throwOnError`, beside the live view's `useSuspenseQuery`: the kit's boundary takes both.
  const { data } = useQuery({
    queryKey: ['wallet'],
    queryFn: ({ signal }) => api.requestWallet(signal),
    throwOnError: true,
    refetchOnWindowFocus: false,
  });
  if (data === undefined) {
    return (
      <p className="demo-wallet__loading" role="status">
        {t('wallet.loading')}
      </p>
    );
  }
  return (
    <p className="demo-wallet__balance" data-credit-seconds={data.creditSeconds}>
      {t('wallet.left', { count: data.creditSeconds })}
    </p>
  );
}

/**
 * The workspace's credit (`GET /v1/wallet`) in its own `<LuxxonErrorBoundary>`:
 * a second boundary wherever it is placed, failing and recovering with the
 * page (one sign-in for both when the session expired).
 */
export function WalletCard({ api }: WalletCardProps) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <section className="demo-wallet" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('wallet.title')}</h2>
      <LuxxonErrorBoundary name="wallet">
        <WalletBalance api={api} />
      </LuxxonErrorBoundary>
    </section>
  );
}
