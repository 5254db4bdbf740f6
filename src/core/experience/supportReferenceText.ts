import { cleanRequestId, cleanTimestamp, isErrorCode } from '../errors/cleanErrorFields';
import type { SupportReference } from './Experience';

/**
 * The text "Copy" puts on the clipboard: a `code:` line, then `time:` and
 * `request:` lines when the reference has them. Each value is checked again
 * to its strict shape (identifier, ISO time, request-id token), so that
 * nothing in one can start a line of its own or reorder the text: three
 * fields, at most three lines. Never `detail`.
 *
 * @example
 * supportReferenceText({ code: 'INTERNAL_SERVER_ERROR', statusCode: 500, timestamp: '2026-05-13T08:30:00Z', requestId: 'req_1' })
 * // 'code: INTERNAL_SERVER_ERROR\ntime: 2026-05-13T08:30:00Z\nrequest: req_1'
 */
export function supportReferenceText({ code, timestamp, requestId }: SupportReference): string {
  const time = cleanTimestamp(timestamp);
  const id = cleanRequestId(requestId);
  return [`code: ${isErrorCode(code) ? code : 'UNKNOWN'}`, time && `time: ${time}`, id && `request: ${id}`].filter(Boolean).join('\n');
}
