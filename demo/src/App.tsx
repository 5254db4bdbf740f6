import { useEffect, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { LuxxonProvider } from '@luxxon/react-errors';
import { AccountPage } from './AccountPage';
import APP_CODES from './appCodes';
import { DemoDevtools } from './DemoDevtools';
import type { DemoConfig } from './demoConfig';
import { DemoNav, type DemoRoute } from './DemoNav';
import { HelpPage } from './HelpPage';
import { LanguageSwitch } from './LanguageSwitch';
import { LiveViewPage } from './LiveViewPage';
import type { LuxxonApi } from './luxxonApi';
import { SimulatorPanel } from './SimulatorPanel';

/** Props of {@link App}. */
export interface AppProps {
  readonly config: DemoConfig;
  readonly api: LuxxonApi;
}

/** Where the demo sends users to top up: the app's own billing page, never a URL from the server. */
const TOP_UP_URL = 'https://console.luxxon.example/billing';

/** The demo app: a header with the pages and the language switch, and the page shown under the kit's provider. */
export function App({ config, api }: AppProps) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const [generation, setGeneration] = useState(0);
  const [route, setRoute] = useState<DemoRoute>('live-view');

  useEffect(() => {
    const follow = (lng: string) => {
      document.documentElement.lang = lng;
      document.title = i18n.t('appTitle');
    };
    follow(i18n.resolvedLanguage ?? i18n.language);
    i18n.on('languageChanged', follow);
    return () => i18n.off('languageChanged', follow);
  }, [i18n]);

  return (
    <LuxxonProvider i18n={i18n} topUpUrl={TOP_UP_URL} onReauthenticate={api.signIn} headingLevel={2} codes={APP_CODES}>
      <header className="demo-header">
        <h1>{t('appTitle')}</h1>
        <DemoNav route={route} onNavigate={setRoute} />
        <LanguageSwitch />
      </header>
      <main className="demo-main">
        {route === 'live-view' && <LiveViewPage key={generation} api={api} initialSeconds={config.seconds} />}
        {route === 'account' && <AccountPage key={generation} api={api} />}
        {route === 'help' && <HelpPage />}
      </main>
      {config.panel && (
        <SimulatorPanel
          api={config.api}
          onSwitched={() => {
            queryClient.removeQueries();
            setGeneration((g) => g + 1);
          }}
        />
      )}
      <DemoDevtools onDemand={config.devtools} />
    </LuxxonProvider>
  );
}
