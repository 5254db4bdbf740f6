export { LuxxonProvider } from './react/provider/LuxxonProvider';
export type { LuxxonProviderProps } from './react/provider/LuxxonProvider';
export { LuxxonErrorBoundary } from './react/boundary/LuxxonErrorBoundary';
export type { LuxxonErrorBoundaryProps, LuxxonRetryDetails } from './react/boundary/LuxxonErrorBoundary';
export { LuxxonErrorScreen } from './react/screens/LuxxonErrorScreen';
export type { LuxxonErrorScreenProps } from './react/screens/LuxxonErrorScreen';
export { useLuxxonScreen } from './react/screens/useLuxxonScreen';
export type { UseLuxxonScreenOptions } from './react/screens/useLuxxonScreen';
export type {
  LuxxonScreen,
  LuxxonScreenAction,
  LuxxonScreenNote,
  LuxxonScreenSupport,
  LuxxonScreenServerMessage,
  LuxxonSupportRow,
  ScreenActionId,
  ScreenActionRank,
  ScreenNoteReason,
  ScreenTone,
} from './react/screens/LuxxonScreen';
export { LuxxonScreenFrame } from './react/screens/LuxxonScreenFrame';
export type { LuxxonScreenFrameProps } from './react/screens/LuxxonScreenFrame';
export { LuxxonActionButton } from './react/screens/LuxxonActionButton';
export type { LuxxonActionButtonProps } from './react/screens/LuxxonActionButton';
export { LuxxonNote } from './react/screens/LuxxonNote';
export type { LuxxonNoteProps } from './react/screens/LuxxonNote';
export { LuxxonSupportReference } from './react/screens/LuxxonSupportReference';
export type { LuxxonSupportReferenceProps } from './react/screens/LuxxonSupportReference';
export { useLuxxon } from './react/provider/useLuxxon';
export { useLuxxonErrorBoundary } from './react/boundary/useLuxxonErrorBoundary';
export { useLuxxonRecovery } from './react/recovery/useLuxxonRecovery';
export type { RecoveryEvent } from './react/recovery/useLuxxonRecovery';
export type { LuxxonErrorBoundaryApi } from './react/boundary/useLuxxonErrorBoundary';
export type { LuxxonSettings, HeadingLevel } from './react/provider/LuxxonContext';
export type { LuxxonErrorReport } from './react/provider/LuxxonErrorReport';
export type { ReauthenticateRequest } from './react/provider/ReauthenticateRequest';
export type { CheckOutcome, CheckResult, LuxxonScreenComponent, LuxxonScreenProps, LuxxonScreens, LuxxonScreenVariant } from './react/screens/LuxxonScreenProps';
export { SUPPORTED_LOCALES, matchLocale } from './i18n/locales';
export type { SupportedLocale } from './i18n/locales';
export type { LocaleResource } from './i18n/locales';
export { addLuxxonResources, createLuxxonI18n, loadLuxxonLocale } from './i18n/luxxonI18n';
export type { LocaleLoaders } from './i18n/luxxonI18n';

// The core's error model, for components that read errors: codes and their
// guards, the registry, LuxxonError and its guard, the resolved experience,
// text keys, return URLs. The data layer (fromResponse, parseRetryAfter, the
// retry policy) and the iteration lists (ERROR_FAMILIES, EXPERIENCE_KINDS)
// are in `@luxxon/react-errors/core` only: query functions and QueryClient
// defaults run on servers too, and import nothing of React (docs/api.md).
export {
  LUXXON_ERROR_CODES,
  KIT_ERROR_CODES,
  isApiErrorCode,
  isKitErrorCode,
  isKnownErrorCode,
  CODE_REGISTRY,
  describeCode,
  LuxxonError,
  isLuxxonError,
  toLuxxonError,
  resolveExperience,
  LUXXON_NAMESPACE,
  MESSAGE_KEYS,
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
  ExperienceKind,
  Experience,
  ExperienceOf,
  SupportReference,
  ExperienceText,
} from './core/index';
