// The public API of `@luxxon/react-errors/core`: framework-free (no React,
// no i18next). Everything here is public and in api/core.api.md; the root
// entry re-exports all of it. What each export is for, and what was left
// internal and why: docs/api.md.

// Codes
export { LUXXON_ERROR_CODES, KIT_ERROR_CODES, isApiErrorCode, isKitErrorCode, isKnownErrorCode } from './codes';
export type { ApiErrorCode, KitErrorCode, KnownErrorCode, LuxxonErrorCode } from './codes';
export { ERROR_FAMILIES } from './ErrorFamily';
export type { ErrorFamily } from './ErrorFamily';
export { CODE_REGISTRY, describeCode } from './codeRegistry';
export type { CodeInfo } from './codeRegistry';
export type { AppCodeInfo, AppCodes } from './appCodes';

// The error, and turning anything thrown or answered into one
export { LuxxonError, isLuxxonError } from './LuxxonError';
export type { LuxxonErrorInit } from './LuxxonError';
export { toLuxxonError } from './toLuxxonError';
export { fromResponse } from './fromResponse';
export type { ResponseLike } from './fromResponse';
export { parseRetryAfter } from './parseRetryAfter';

// Which screen, which strings
export { EXPERIENCE_KINDS } from './ExperienceKind';
export type { ExperienceKind } from './ExperienceKind';
export { resolveExperience } from './resolveExperience';
export type { Experience, ExperienceOf, SupportReference } from './Experience';
export { LUXXON_NAMESPACE, MESSAGE_KEYS } from './messageKeys';
export type { ExperienceText } from './messageKeys';

// Retries
export { createRetryPolicy, luxxonRetry, luxxonRetryDelay } from './retryPolicy';
export type { RetryPolicy, RetryPolicyOptions } from './retryPolicy';

// Return URLs
export { safeReturnUrl } from './safeReturnUrl';
export { loginHref, RETURN_TO_PARAM } from './loginHref';
