import type { Preview } from '@storybook/react-vite';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { LuxxonProvider } from '../src/react/LuxxonProvider';
import '../src/styles.css';

const preview: Preview = {
  globalTypes: {
    locale: {
      description: 'Language of the kit',
      toolbar: {
        icon: 'globe',
        items: [
          { value: 'en', title: 'English' },
          { value: 'es', title: 'Español' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'en' },
  decorators: [
    (Story, { globals }) => (
      <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
        <LuxxonProvider lng={(globals['locale'] as string | undefined) ?? 'en'} topUpUrl="https://console.luxxon.example/billing">
          <Story />
        </LuxxonProvider>
      </QueryClientProvider>
    ),
  ],
  parameters: {
    // 'error': an axe violation fails the story's test (also under vitest).
    a11y: { test: 'error' },
  },
};

export default preview;
