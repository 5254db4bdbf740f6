import type { ReactElement } from 'react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, type RenderResult } from '@testing-library/react';
import { LuxxonProvider, type LuxxonProviderProps } from '../../src/react/provider/LuxxonProvider';

/** Options of {@link renderWithLuxxon}. */
export interface RenderWithLuxxonOptions extends Omit<LuxxonProviderProps, 'children'> {
  readonly queryClient?: QueryClient;
}

/** A QueryClient for tests: no retries unless a test asks, no garbage collection mid-test. */
export function createTestQueryClient(): QueryClient {
  return new QueryClient({ defaultOptions: { queries: { retry: false, gcTime: Infinity }, mutations: { retry: false } } });
}

/** Renders `ui` inside a QueryClientProvider and a LuxxonProvider. */
export function renderWithLuxxon(
  ui: ReactElement,
  { queryClient = createTestQueryClient(), ...providerProps }: RenderWithLuxxonOptions = {},
): RenderResult & { queryClient: QueryClient } {
  const result = render(
    <QueryClientProvider client={queryClient}>
      <LuxxonProvider lng="en" {...providerProps}>
        {ui}
      </LuxxonProvider>
    </QueryClientProvider>,
    // React logs every error a boundary catches; the tests assert the screens instead.
    { onCaughtError: () => undefined },
  );
  return { ...result, queryClient };
}
