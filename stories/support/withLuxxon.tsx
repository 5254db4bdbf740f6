import type { Decorator } from '@storybook/react-vite';
import { QueryClientProvider } from '@tanstack/react-query';
import { LuxxonProvider, type LuxxonProviderProps } from '@luxxon/react-errors';
import { storyKit } from './luxxonLoader';
import { STORY_HOME_URL, STORY_SUPPORT_URL, STORY_TOP_UP_URL } from './storyConfig';

/** `parameters.luxxon`: static LuxxonProvider settings for a story. */
export type LuxxonParameters = Pick<LuxxonProviderProps, 'topUpUrl' | 'supportUrl' | 'homeUrl' | 'loginUrl' | 'headingLevel' | 'reportDetail'>;

/**
 * The provider callbacks a story may pass as args (`fn()` spies), so that the
 * Actions panel logs them and play functions can assert them.
 */
export interface LuxxonCallbackArgs {
  onReauthenticate?: LuxxonProviderProps['onReauthenticate'];
  onError?: LuxxonProviderProps['onError'];
}

function callback<T>(value: unknown): T | undefined {
  return typeof value === 'function' ? (value as T) : undefined;
}

/**
 * Wraps every story the way an app is wrapped: the locale's `lang`/`dir`, a
 * fresh QueryClient and a LuxxonProvider on the loaded i18next instance.
 */
export const withLuxxon: Decorator = (Story, context) => {
  const { i18n, locale, dir, queryClient } = storyKit(context);
  const settings = (context.parameters['luxxon'] ?? {}) as LuxxonParameters;
  return (
    <div className="sb-locale-root" lang={locale} dir={dir}>
      <QueryClientProvider client={queryClient}>
        <LuxxonProvider
          i18n={i18n}
          topUpUrl={STORY_TOP_UP_URL}
          supportUrl={STORY_SUPPORT_URL}
          homeUrl={STORY_HOME_URL}
          {...settings}
          onReauthenticate={callback(context.args['onReauthenticate'])}
          onError={callback(context.args['onError'])}
        >
          <Story />
        </LuxxonProvider>
      </QueryClientProvider>
    </div>
  );
};
