export { LuxxonProvider } from './react/LuxxonProvider';
export type { LuxxonProviderProps } from './react/LuxxonProvider';
export { LuxxonErrorBoundary } from './react/LuxxonErrorBoundary';
export type { LuxxonErrorBoundaryProps, LuxxonResetDetails } from './react/LuxxonErrorBoundary';
export { LuxxonErrorView } from './react/LuxxonErrorView';
export type { LuxxonErrorViewProps } from './react/LuxxonErrorView';
export { useLuxxon } from './react/useLuxxon';
export { useLuxxonErrorBoundary } from './react/useLuxxonErrorBoundary';
export type { LuxxonErrorBoundaryApi } from './react/useLuxxonErrorBoundary';
export type { LuxxonContextValue, HeadingLevel } from './react/LuxxonContext';
export type { LuxxonErrorReport } from './react/LuxxonErrorReport';
export type { ReauthenticateRequest } from './react/ReauthenticateRequest';
export type { CheckOutcome, LuxxonFallbackComponent, LuxxonFallbackProps, LuxxonFallbacks } from './react/LuxxonFallbackProps';
export { SUPPORTED_LOCALES, matchLocale } from './i18n/locales';
export type { SupportedLocale } from './i18n/locales';
export { addLuxxonResources, createLuxxonI18n, loadLuxxonLocale } from './i18n/luxxonI18n';

// The pure core, re-exported so that most apps need one import path.
export {
  LuxxonError,
  isLuxxonError,
  toLuxxonError,
  fromResponse,
  luxxonRetry,
  luxxonRetryDelay,
  createRetryPolicy,
  resolveExperience,
  describeCode,
  LUXXON_ERROR_CODES,
  safeReturnUrl,
} from './core/index';
export type {
  LuxxonErrorCode,
  ApiErrorCode,
  KitErrorCode,
  LuxxonErrorInit,
  Experience,
  ExperienceKind,
  ExperienceOf,
  ErrorFamily,
  RetryPolicy,
  RetryPolicyOptions,
} from './core/index';
