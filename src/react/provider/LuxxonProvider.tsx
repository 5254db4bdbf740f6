import { useCallback, useEffect, useMemo, useRef, useState, type ErrorInfo, type ReactNode } from 'react';
import type { i18n as I18n } from 'i18next';
import { toLuxxonError } from '../../core/errors/toLuxxonError';
import { declaredCode, type AppCodes } from '../../core/codes/appCodes';
import { isKnownErrorCode } from '../../core/codes/codes';
import { describeCode } from '../../core/codes/codeRegistry';
import { createRecoveryCoordinator } from '../../core/recovery/createRecoveryCoordinator';
import { addLuxxonResources, createLuxxonI18n, loadLuxxonLocale } from '../../i18n/luxxonI18n';
import { LuxxonContext, type HeadingLevel, type LuxxonContextValue } from './LuxxonContext';
import type { LuxxonErrorReport } from './LuxxonErrorReport';
import type { LuxxonLab } from './LuxxonLab';
import { warnUnmappedCode } from './warnUnmappedCode';
import type { CheckedQueries } from '../boundary/createBoundaryQueries';
import type { ReauthenticateRequest } from './ReauthenticateRequest';
import { currentReturnUrl } from './currentReturnUrl';
import { useHydrated } from './useHydrated';

/** Props of {@link LuxxonProvider}. */
export interface LuxxonProviderProps {
  /**
   * Re-login for NOT_AUTHENTICATED, and "Use another account" on permission
   * screens: open your sign-in flow and resolve once the user is signed in
   * again; the kit then refetches. A rejection shows "sign-in didn't finish"
   * and keeps the button. `returnTo` is the current page as a
   * same-origin path, for flows that leave the page.
   * @example
   * ```tsx
   * <LuxxonProvider onReauthenticate={({ returnTo }) => auth.signInAgain({ returnTo })}>…</LuxxonProvider>
   * ```
   */
  onReauthenticate?: (request: ReauthenticateRequest) => unknown;
  /**
   * Your sign-in page, for apps without `onReauthenticate`: "Sign in again"
   * becomes a link to it (same tab) with `?returnTo=` the current page, a
   * same-origin path (absolute when the page is on another origin). Only
   * http(s) URLs and paths are linked. Check `returnTo` with `safeReturnUrl`
   * again when your sign-in page reads it.
   * @example
   * ```tsx
   * <LuxxonProvider loginUrl="/login">…</LuxxonProvider>
   * ```
   */
  loginUrl?: string;
  /**
   * Where users top up credit (NO_CREDIT, INSUFFICIENT_CREDIT). From your
   * config, never from a server payload; only http(s) URLs and paths are linked.
   * @example
   * ```tsx
   * <LuxxonProvider topUpUrl="https://console.luxxon.example/billing">…</LuxxonProvider>
   * ```
   */
  topUpUrl?: string;
  /**
   * Where users reach support; shown beside the support reference.
   * @example
   * ```tsx
   * <LuxxonProvider supportUrl="/help">…</LuxxonProvider>
   * ```
   */
  supportUrl?: string;
  /**
   * Your home page (or the list the missing item belonged to): on not-found
   * screens (NOT_FOUND, SESSION_NOT_FOUND…) "Go to the home page" becomes the
   * main action, a same-tab link, and "Try again" the second. From your
   * config; only http(s) URLs and paths are linked.
   * @example
   * ```tsx
   * <LuxxonProvider homeUrl="/sessions">…</LuxxonProvider>
   * ```
   */
  homeUrl?: string;
  /**
   * The app's i18next instance. The kit adds its `luxxon` namespace without
   * touching the app's resources and follows the app's language. Without it
   * the kit uses an instance of its own.
   * @example
   * ```tsx
   * <LuxxonProvider i18n={i18next}>…</LuxxonProvider>
   * ```
   */
  i18n?: I18n;
  /**
   * Language of the kit's own instance (ignored with `i18n`): a BCP 47 tag,
   * matched to the closest shipped locale. Default: the browser's language.
   * @example
   * ```tsx
   * <LuxxonProvider lng="es-CO">…</LuxxonProvider>
   * ```
   */
  lng?: string;
  /**
   * Telemetry: called once per error a boundary catches, with its code,
   * status, timestamp and request id (`detail` only with `reportDetail`).
   * If it throws, the error is logged and the screen stays up.
   * @example
   * ```tsx
   * <LuxxonProvider onError={(report) => analytics.track('luxxon_error', report)}>…</LuxxonProvider>
   * ```
   */
  onError?: (report: LuxxonErrorReport, info: ErrorInfo | undefined) => void;
  /**
   * Include the server's `detail` in `onError` reports. Off by default: it may
   * hold identifiers that do not belong in analytics.
   * @example
   * ```tsx
   * <LuxxonProvider reportDetail onError={sendToSentry}>…</LuxxonProvider>
   * ```
   */
  reportDetail?: boolean;
  /**
   * Level of the headings of the error screens, to fit the page's outline. Default 2.
   * @example
   * ```tsx
   * <LuxxonProvider headingLevel={3}>…</LuxxonProvider>
   * ```
   */
  headingLevel?: HeadingLevel;
  /**
   * Codes the kit doesn't know yet (the API is append-only), mapped by the
   * app: each gets its experience kind, its retryability and your strings
   * under `code.<CODE>.title` / `.description` in the `luxxon` namespace
   * (docs/unknown-codes.md). `UPPER_SNAKE_CASE` codes only; the kit's own
   * mapping wins for a code it knows. A constant: define it outside your
   * components (the page's recovery reads it once), and pass the same
   * object to `createRetryPolicy({ codes })`.
   * @example
   * ```tsx
   * const APP_CODES: AppCodes = { OPERATOR_BUSY: { kind: 'waiting', retryable: true } };
   * <LuxxonProvider codes={APP_CODES}>…</LuxxonProvider>
   * ```
   */
  codes?: AppCodes;
  /**
   * Render the screens without the kit's styling: no `lx-` class and no
   * icon, for apps that style them from scratch (or build their own with
   * `useLuxxonScreen`). Structure, roles, focus and `data-kind`,
   * `data-code`, `data-variant` stay.
   * @example
   * ```tsx
   * <LuxxonProvider unstyled>…</LuxxonProvider>
   * ```
   */
  unstyled?: boolean;
  /**
   * The app, or the part of it that shows Luxxon errors.
   * @example
   * ```tsx
   * <LuxxonProvider><App /></LuxxonProvider>
   * ```
   */
  children?: ReactNode;
}

// Replaced by bundlers (the dead branch stripped); declared here, since src/ has no @types/node.
declare const process: { readonly env: { readonly NODE_ENV?: string } };

/**
 * Configures the kit for everything below it: strings, re-login, top-up,
 * support and telemetry.
 *
 * @example
 * ```tsx
 * <LuxxonProvider topUpUrl="/billing" onReauthenticate={signIn}>
 *   <LuxxonErrorBoundary><LiveView /></LuxxonErrorBoundary>
 * </LuxxonProvider>
 * ```
 */
export function LuxxonProvider({
  onReauthenticate,
  loginUrl,
  topUpUrl,
  supportUrl,
  homeUrl,
  i18n: appI18n,
  lng,
  onError,
  reportDetail = false,
  headingLevel = 2,
  codes,
  unstyled = false,
  children,
}: LuxxonProviderProps) {
  // The browser's language only once hydrated: the server cannot know it (pass `lng` when rendering on the server).
  const hydrated = useHydrated();
  const wanted = appI18n ? undefined : (lng ?? (hydrated && typeof navigator !== 'undefined' ? navigator.language : undefined));
  const [ownI18n] = useState(() => (appI18n ? undefined : createLuxxonI18n(wanted)));
  const i18n = appI18n ?? ownI18n;
  // The kit's own instance is made on the first render only: an `i18n` prop given then must stay.
  if (i18n === undefined) {
    throw new Error(
      process.env.NODE_ENV === 'production'
        ? 'LuxxonProvider: i18n removed'
        : 'LuxxonProvider: its i18n prop went away after the first render; pass the same instance on every render.',
    );
  }
  // The kit's English under `luxxon`, merged under whatever the app already put
  // there (its overrides win). Idempotent, so safe to redo if React drops the memo.
  useMemo(() => appI18n && addLuxxonResources(appI18n), [appI18n]);

  const [locale, setLocale] = useState('en');
  // The devtools' hooks: the mounted boundaries, the kit's own language (src/react/provider/LuxxonLab.ts).
  const [language, setLanguage] = useState<string>();
  const [lab] = useState<LuxxonLab>(() => ({ boundaries: new Set(), setLanguage }));

  useEffect(() => {
    let live = true;
    let latest = 0;
    // Until a locale loads (or when it fails to), the screens show English:
    // see luxxonTextLanguage. Only the latest request may set the locale.
    const follow = (language: string | undefined) => {
      latest += 1;
      const request = latest;
      void loadLuxxonLocale(i18n, language).then((loaded) => {
        if (live && request === latest) setLocale(loaded);
      });
    };
    if (appI18n) {
      follow(appI18n.language);
      appI18n.on('languageChanged', follow);
    } else {
      if (wanted && i18n.language !== wanted) void i18n.changeLanguage(wanted);
      follow(wanted);
    }
    return () => {
      live = false;
      appI18n?.off('languageChanged', follow);
    };
  }, [i18n, appI18n, wanted]);

  const [reported] = useState(() => new WeakSet<object>());
  const report = useCallback(
    (thrown: unknown, info?: ErrorInfo) => {
      if (typeof thrown === 'object' && thrown !== null) {
        if (reported.has(thrown)) return;
        reported.add(thrown);
      }
      // Telemetry must never take the error screen down with it (it runs in the boundary's
      // componentDidCatch): building the report is inside the guard too.
      try {
        const error = toLuxxonError(thrown);
        const known = isKnownErrorCode(error.code) || !!declaredCode(error.code, codes);
        if (process.env.NODE_ENV !== 'production' && !known) warnUnmappedCode(lab, error.code);
        if (!onError) return;
        const errorReport: LuxxonErrorReport = {
          code: error.code,
          known,
          statusCode: error.statusCode,
          kind: describeCode(error.code, codes).kind,
          message: error.message,
          timestamp: error.timestamp || new Date().toISOString(),
          requestId: error.requestId,
          ...(reportDetail ? { detail: error.detail } : {}),
        };
        onError(errorReport, info);
      } catch (failure) {
        console.error(
          process.env.NODE_ENV === 'production'
            ? '[@luxxon/react-errors] onError threw'
            : '[@luxxon/react-errors] onError (or its report) threw; the error screen stays up.',
          failure,
        );
      }
    },
    [onError, reportDetail, reported, codes, lab],
  );

  // One recovery per provider (two providers on a page are independent). The sign-in it
  // starts is the app's latest onReauthenticate, called within the user's click.
  const reauthenticate = useRef(onReauthenticate);
  useEffect(() => {
    reauthenticate.current = onReauthenticate;
  });
  const [recovery] = useState(() =>
    createRecoveryCoordinator({ reauthenticate: () => reauthenticate.current?.({ returnTo: currentReturnUrl() }) }),
  );
  const [checked] = useState<CheckedQueries>(() => new Map());
  useEffect(() => {
    const online = () => recovery.setOnline(navigator.onLine !== false);
    const visible = () => recovery.setVisible(document.visibilityState !== 'hidden');
    online();
    visible();
    window.addEventListener('online', online);
    window.addEventListener('offline', online);
    document.addEventListener('visibilitychange', visible);
    return () => {
      window.removeEventListener('online', online);
      window.removeEventListener('offline', online);
      document.removeEventListener('visibilitychange', visible);
    };
  }, [recovery]);

  const value = useMemo<LuxxonContextValue>(() => {
    const settings = { locale, topUpUrl, supportUrl, homeUrl, onReauthenticate, loginUrl, headingLevel, unstyled };
    return { settings, i18n, report, recovery, checked, codes, lab, language };
  }, [i18n, locale, topUpUrl, supportUrl, homeUrl, onReauthenticate, loginUrl, headingLevel, unstyled, report, recovery, checked, codes, lab, language]);
  return <LuxxonContext.Provider value={value}>{children}</LuxxonContext.Provider>;
}
