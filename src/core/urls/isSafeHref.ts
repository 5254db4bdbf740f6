import { INVISIBLE } from './safeReturnUrl';

/**
 * Whether a configured URL may become a link: http(s) URLs and same-site
 * paths only; `javascript:`, `data:` and friends never, nor anything with a
 * control or whitespace character anywhere (browsers drop tabs and newlines:
 * `/\t/evil.example` would be `//evil.example`, another site).
 */
export function isSafeHref(url: string | undefined): url is string {
  if (typeof url !== 'string' || INVISIBLE.test(url)) return false;
  if (/^\/(?![/\\])/.test(url)) return true;
  try {
    return /^https?:$/.test(new URL(url).protocol);
  } catch {
    return false;
  }
}
