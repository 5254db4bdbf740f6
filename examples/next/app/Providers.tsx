'use client';

import { createContext, useContext, useState, type ReactNode } from 'react';
import { QueryClientProvider } from '@tanstack/react-query';
import { LuxxonProvider } from '@luxxon/react-errors';
import type { ExampleConfig } from './exampleConfig';
import { getQueryClient } from './getQueryClient';
import { createLuxxonApi, type LuxxonApi } from './luxxonApi';

/** Where the example sends users to top up: the app's own billing page, never a URL from the server. */
const TOP_UP_URL = 'https://console.luxxon.example/billing';

interface ExampleContextValue {
  readonly api: LuxxonApi;
  readonly lng: string;
  readonly setLng: (lng: string) => void;
}

const ExampleContext = createContext<ExampleContextValue | null>(null);

/** The example's API client and language, for the client components below {@link Providers}. */
export function useExample(): ExampleContextValue {
  const value = useContext(ExampleContext);
  if (value === null) throw new Error('useExample: wrap the page in <Providers>');
  return value;
}

/** Props of {@link Providers}: only what a Server Component can pass, data (no functions). */
export interface ProvidersProps {
  readonly config: ExampleConfig;
  readonly children: ReactNode;
}

/**
 * The app's client providers. A Server Component cannot pass functions to a
 * Client Component ("Event handlers cannot be passed to Client Component
 * props"), so `onReauthenticate` and the retry policy are made here, from
 * plain data the page passes in.
 */
export function Providers({ config, children }: ProvidersProps) {
  const queryClient = getQueryClient(config.fastRetry);
  const [api] = useState(() => createLuxxonApi(config.api, config.token));
  const [lng, setLng] = useState(config.lng);
  return (
    <QueryClientProvider client={queryClient}>
      <ExampleContext value={{ api, lng, setLng }}>
        <LuxxonProvider lng={lng} topUpUrl={TOP_UP_URL} onReauthenticate={api.signIn} headingLevel={2}>
          {children}
        </LuxxonProvider>
      </ExampleContext>
    </QueryClientProvider>
  );
}
