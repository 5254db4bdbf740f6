import type { ApiErrorCode } from '../core/codes/codes';

/**
 * The English `message` the API sends for each code, after the error page's "What it means".
 *
 * @example expect(screen.getByText(DOCUMENTED_MESSAGES.NO_CREDIT)).toBeInTheDocument(); // the English last resort
 */
export const DOCUMENTED_MESSAGES = {
  NOT_AUTHENTICATED: 'Missing / expired credential.',
  NOT_AUTHORIZED: 'Not authorized for this operation',
  INSUFFICIENT_SCOPE: 'API key is missing the scope this endpoint needs.',
  NOT_OPERATOR: "Operator-only endpoint, caller isn't one.",
  NOT_YOUR_SESSION: 'Caller is neither consumer nor operator of the session.',
  INVALID_INPUT: 'Body / query failed validation.',
  INVALID_STATE: "Operation not allowed in the session's current state.",
  CONFLICT: 'Resource conflict.',
  NO_COVERAGE: 'No ONLINE operator covers the requested point.',
  OUTSIDE_COVERAGE: "Requested point is outside the operator's declared coverage circle.",
  UNAVAILABLE: 'Dispatch found no idle operator.',
  FRAME_NOT_AVAILABLE: 'No decoded frame yet.',
  NO_CREDIT: 'Workspace pool balance is zero.',
  INSUFFICIENT_CREDIT: "Pool balance won't cover the requested duration at the current rate.",
  NOT_FOUND: 'The URL resolved but the resource id is unknown.',
  SESSION_NOT_FOUND: "The given sessionId doesn't exist (or was hard-deleted).",
  OPERATOR_NOT_FOUND: 'Unknown operator id.',
  COVERAGE_AREA_NOT_FOUND: 'Legacy coverage area lookup.',
  ACCOUNT_NOT_FOUND: 'Legacy account lookup.',
  DATABASE_ERROR: 'Postgres unavailable.',
  AUTHZ_ERROR: 'SpiceDB unavailable.',
  VIDEO_ERROR: 'Cloudflare Stream unavailable.',
  QUEUE_ERROR: 'Background job queue unavailable.',
  EXTERNAL_ERROR: "A downstream API didn't respond.",
  PAYMENT_ERROR: "A downstream payment processor didn't respond.",
  INTERNAL_SERVER_ERROR: 'Unexpected — please file an issue with the timestamp + request id.',
} as const satisfies Record<ApiErrorCode, string>;
