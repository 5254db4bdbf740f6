import type { LuxxonErrorCode } from '../../core/codes/codes';
import type { ExperienceKind } from '../../core/experience/ExperienceKind';

/**
 * What `onError` receives: enough to find the request, nothing private by default.
 *
 * @example
 * ```tsx
 * <LuxxonProvider onError={(report: LuxxonErrorReport) => analytics.track('luxxon_error', { code: report.code, known: report.known })}>…</LuxxonProvider>
 * ```
 */
export interface LuxxonErrorReport {
  readonly code: LuxxonErrorCode;
  /** Whether the code is mapped: the kit knows it (the API's page or its own), or the app declared it in `<LuxxonProvider codes>`; `false` for a code the API added since: alert on it. */
  readonly known: boolean;
  readonly statusCode: number;
  readonly kind: ExperienceKind;
  readonly message: string;
  /** ISO 8601: the server's timestamp, or when the kit caught the error if the server sent none. */
  readonly timestamp: string;
  readonly requestId: string | undefined;
  /** Only with `<LuxxonProvider reportDetail>`. */
  readonly detail?: string | undefined;
}
