import { createContext, type ErrorInfo } from 'react';
import type { i18n } from 'i18next';
import type { AppCodes } from '../../core/codes/appCodes';
import type { RecoveryCoordinator } from '../../core/recovery/createRecoveryCoordinator';
import type { LuxxonLab } from './LuxxonLab';
import type { CheckedQueries } from '../boundary/createBoundaryQueries';
import type { ReauthenticateRequest } from './ReauthenticateRequest';

/** Heading levels the kit's screens may use. */
/**
 * @example
 * ```tsx
 * <LuxxonProvider headingLevel={3}>…</LuxxonProvider>
 * ```
 */
export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;

/**
 * The provider's settings, as `useLuxxon()` returns them.
 *
 * @example
 * ```tsx
 * const { topUpUrl, locale }: LuxxonSettings = useLuxxon();
 * ```
 */
export interface LuxxonSettings {
  /** The locale whose strings are loaded (others show English until they are). */
  readonly locale: string;
  readonly topUpUrl: string | undefined;
  readonly supportUrl: string | undefined;
  /** The app's home page, offered on not-found screens. */
  readonly homeUrl: string | undefined;
  readonly onReauthenticate: ((request: ReauthenticateRequest) => unknown) | undefined;
  /** The app's sign-in page, linked (with `returnTo`) when there is no `onReauthenticate`. */
  readonly loginUrl: string | undefined;
  readonly headingLevel: HeadingLevel;
  /** No `lx-` classes and no icons on the screens (`<LuxxonProvider unstyled>`). */
  readonly unstyled: boolean;
}

/** What `<LuxxonProvider>` hands down to the kit's boundaries and screens (internal: apps get `settings` through `useLuxxon()`). */
export interface LuxxonContextValue {
  /** What `useLuxxon()` hands apps. */
  readonly settings: LuxxonSettings;
  readonly i18n: i18n;
  /** Sends one error to the app's `onError`, at most once per thrown value. */
  readonly report: (thrown: unknown, info?: ErrorInfo) => void;
  /** The page's recovery: every error screen below the provider joins it. */
  readonly recovery: RecoveryCoordinator;
  /** Queries a kit check just fetched, so that the remount after it does not fetch them again. */
  readonly checked: CheckedQueries;
  /** The app's own codes (`<LuxxonProvider codes>`). */
  readonly codes: AppCodes | undefined;
  /** The devtools' hooks (`@luxxon/react-errors/devtools`). */
  readonly lab: LuxxonLab;
  /** The language the devtools show the kit's screens in; `undefined`: the app's. */
  readonly language: string | undefined;
}

/** Bundlers replace this: development builds name the context for React DevTools, production builds drop it. */
declare const process: { readonly env: { readonly NODE_ENV?: string } };

export const LuxxonContext = createContext<LuxxonContextValue | null>(null);
if (process.env.NODE_ENV !== 'production') LuxxonContext.displayName = 'LuxxonContext';
