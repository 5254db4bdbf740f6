export { LuxxonProvider } from './react/LuxxonProvider';
export type { LuxxonProviderProps } from './react/LuxxonProvider';
export { LuxxonErrorBoundary } from './react/LuxxonErrorBoundary';
export type { LuxxonErrorBoundaryProps, LuxxonResetDetails } from './react/LuxxonErrorBoundary';
export { LuxxonErrorView } from './react/LuxxonErrorView';
export type { LuxxonErrorViewProps } from './react/LuxxonErrorView';
export { useLuxxon } from './react/useLuxxon';
export { useLuxxonErrorBoundary } from './react/useLuxxonErrorBoundary';
export { useLuxxonRecovery } from './react/useLuxxonRecovery';
export type { RecoveryEvent } from './react/useLuxxonRecovery';
export type { LuxxonErrorBoundaryApi } from './react/useLuxxonErrorBoundary';
export type { LuxxonContextValue, HeadingLevel } from './react/LuxxonContext';
export type { LuxxonErrorReport } from './react/LuxxonErrorReport';
export type { ReauthenticateRequest } from './react/ReauthenticateRequest';
export type { CheckOutcome, LuxxonFallbackComponent, LuxxonFallbackProps, LuxxonFallbacks } from './react/LuxxonFallbackProps';
export { SUPPORTED_LOCALES, matchLocale } from './i18n/locales';
export type { SupportedLocale } from './i18n/locales';
export type { LocaleResource } from './i18n/locales';
export { addLuxxonResources, createLuxxonI18n, loadLuxxonLocale } from './i18n/luxxonI18n';
export type { LocaleLoaders } from './i18n/luxxonI18n';

// The pure core: all of `@luxxon/react-errors/core`'s public API, so that
// most apps need one import path (docs/api.md).
export {
  LUXXON_ERROR_CODES,
  KIT_ERROR_CODES,
  isApiErrorCode,
  isKitErrorCode,
  isKnownErrorCode,
  ERROR_FAMILIES,
  CODE_REGISTRY,
  describeCode,
  LuxxonError,
  isLuxxonError,
  toLuxxonError,
  fromResponse,
  parseRetryAfter,
  EXPERIENCE_KINDS,
  resolveExperience,
  LUXXON_NAMESPACE,
  MESSAGE_KEYS,
  createRetryPolicy,
  luxxonRetry,
  luxxonRetryDelay,
  safeReturnUrl,
  loginHref,
  RETURN_TO_PARAM,
} from './core/index';
export type {
  ApiErrorCode,
  KitErrorCode,
  KnownErrorCode,
  LuxxonErrorCode,
  ErrorFamily,
  CodeInfo,
  AppCodeInfo,
  AppCodes,
  LuxxonErrorInit,
  ResponseLike,
  ExperienceKind,
  Experience,
  ExperienceOf,
  SupportReference,
  ExperienceText,
  RetryPolicy,
  RetryPolicyOptions,
} from './core/index';
