import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { I18nextProvider } from 'react-i18next';
import '@luxxon/react-errors/styles.css';
import '@luxxon/react-errors/devtools.css';
import './demo.css';
import { App } from './App';
import { readDemoConfig } from './demoConfig';
import { createDemoI18n } from './demoI18n';
import { createLuxxonApi } from './luxxonApi';

const config = readDemoConfig(new URL(window.location.href), import.meta.env.VITE_LUXXON_API, navigator.language);
const i18n = createDemoI18n(config.lng);
const api = createLuxxonApi(config.api, config.token);
const queryClient = new QueryClient({
  defaultOptions: { queries: { retry: config.retry.retry, retryDelay: config.retry.retryDelay } },
});

const root = document.getElementById('root');
if (root === null) throw new Error('demo: #root is missing from index.html');
createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <I18nextProvider i18n={i18n}>
        <App config={config} api={api} />
      </I18nextProvider>
    </QueryClientProvider>
  </StrictMode>,
);
