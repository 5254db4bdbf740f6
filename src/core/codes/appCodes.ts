import type { ExperienceKind } from '../experience/ExperienceKind';

/**
 * How an app maps one code the kit doesn't know yet (the API is
 * append-only): the screen it gets and whether React Query may retry it.
 *
 * @example const busy: AppCodeInfo = { kind: 'waiting', retryable: true };
 */
export interface AppCodeInfo {
  /** The screen the code gets. */
  readonly kind: ExperienceKind;
  /** Whether React Query may retry the request by itself (transient failures only). Default `false`. */
  readonly retryable?: boolean;
}

/**
 * Codes the app maps itself, by code: `UPPER_SNAKE_CASE` names only (a
 * declared code is spliced into its text keys, `code.<CODE>.title`). The
 * kit's own mapping wins for a code it knows.
 *
 * @example
 * ```tsx
 * const codes: AppCodes = { OPERATOR_BUSY: { kind: 'waiting', retryable: true } };
 * <LuxxonProvider codes={codes}>…</LuxxonProvider>
 * ```
 */
export type AppCodes = { readonly [code: string]: AppCodeInfo };

/**
 * The app's entry for `code`, only for a code shaped like the API's
 * (`UPPER_SNAKE_CASE`: never a key separator, never a name `Object.prototype` has).
 */
export const declaredCode = (code: string, codes: AppCodes | undefined): AppCodeInfo | false | undefined =>
  /^[A-Z][A-Z\d_]*$/.test(code) && codes?.[code];
