// The public API of `@luxxon/react-errors/core`: framework-free (no React,
// no i18next). Everything here is public and in api/core.api.md; the root
// entry re-exports all of it. What each export is for, and what was left
// internal and why: docs/api.md.

// Codes
export { LUXXON_ERROR_CODES, KIT_ERROR_CODES, isApiErrorCode, isKitErrorCode, isKnownErrorCode } from './codes/codes';
export type { ApiErrorCode, KitErrorCode, KnownErrorCode, LuxxonErrorCode } from './codes/codes';
export { ERROR_FAMILIES } from './codes/ErrorFamily';
export type { ErrorFamily } from './codes/ErrorFamily';
export { CODE_REGISTRY, describeCode } from './codes/codeRegistry';
export type { CodeInfo } from './codes/codeRegistry';
export type { AppCodeInfo, AppCodes } from './codes/appCodes';

// The error, and turning anything thrown or answered into one
export { LuxxonError, isLuxxonError } from './errors/LuxxonError';
export type { LuxxonErrorInit } from './errors/LuxxonError';
export { toLuxxonError } from './errors/toLuxxonError';
export { fromResponse } from './errors/fromResponse';
export type { ResponseLike } from './errors/fromResponse';
export { parseRetryAfter } from './errors/parseRetryAfter';

// Which screen, which strings
export { EXPERIENCE_KINDS } from './experience/ExperienceKind';
export type { ExperienceKind } from './experience/ExperienceKind';
export { resolveExperience } from './experience/resolveExperience';
export type { Experience, ExperienceOf, SupportReference } from './experience/Experience';
export { LUXXON_NAMESPACE, MESSAGE_KEYS } from './experience/messageKeys';
export type { ExperienceText } from './experience/messageKeys';

// Retries
export { createRetryPolicy, luxxonRetry, luxxonRetryDelay } from './recovery/retryPolicy';
export type { RetryPolicy, RetryPolicyOptions } from './recovery/retryPolicy';

// Return URLs
export { safeReturnUrl } from './urls/safeReturnUrl';
export { loginHref, RETURN_TO_PARAM } from './urls/loginHref';
