import type { LuxxonErrorCode } from '../core/codes';
import type { ExperienceKind } from '../core/ExperienceKind';

/** What `onError` receives: enough to find the request, nothing private by default. */
export interface LuxxonErrorReport {
  readonly code: LuxxonErrorCode;
  readonly statusCode: number;
  readonly experience: ExperienceKind;
  readonly message: string;
  /** ISO 8601: the server's timestamp, or when the kit caught the error if the server sent none. */
  readonly timestamp: string;
  readonly requestId: string | undefined;
  /** Only with `<LuxxonProvider reportDetail>`. */
  readonly detail?: string | undefined;
}
