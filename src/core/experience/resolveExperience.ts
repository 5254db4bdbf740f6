import type { AppCodes } from '../codes/appCodes';
import { isKnownErrorCode } from '../codes/codes';
import { describeCode } from '../codes/codeRegistry';
import type { Experience, SupportReference } from './Experience';
import type { LuxxonError } from '../errors/LuxxonError';
import { textKeys } from './messageKeys';

function supportOf(error: LuxxonError): SupportReference {
  return {
    code: error.code,
    statusCode: error.statusCode,
    timestamp: error.timestamp,
    requestId: error.requestId,
  };
}

/**
 * Decides which screen an error gets and which keys its text comes from.
 * Pure: the React layer only renders what this returns.
 *
 * `codes`: the app's own codes (see {@link AppCodes}).
 *
 * @example resolveExperience(new LuxxonError({ code: 'NO_COVERAGE' })).kind // 'waiting'
 */
export function resolveExperience(error: LuxxonError, codes?: AppCodes): Experience {
  const { family, kind, retryable } = describeCode(error.code, codes);
  const base = { code: error.code, family, retryable, text: textKeys(error.code, codes) };
  switch (kind) {
    case 'top-up':
      return { ...base, kind, canShortenDuration: error.code === 'INSUFFICIENT_CREDIT' };
    case 'waiting':
      return { ...base, kind, retryAfterMs: error.retryAfterMs };
    case 'service-down':
      return { ...base, kind, support: supportOf(error) };
    case 'generic': {
      // The English message is a last resort: only for codes the kit has no text for,
      // and only when it came from the server (kit codes carry app-side messages).
      const fromServer = !isKnownErrorCode(error.code) && error.message.trim() !== '';
      return { ...base, kind, support: supportOf(error), serverMessage: fromServer ? error.message : undefined };
    }
    case 're-login':
    case 'permission':
    case 'fix-request':
    case 'out-of-date':
    case 'not-found':
    case 'reload':
      return { ...base, kind };
    default:
      return kind satisfies never;
  }
}
