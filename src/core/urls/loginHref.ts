import { isSafeHref } from './isSafeHref';
import { safeReturnUrl } from './safeReturnUrl';

/**
 * The query parameter {@link loginHref} puts the return URL in.
 *
 * @example
 * // On your sign-in page:
 * const next = safeReturnUrl(new URLSearchParams(location.search).get(RETURN_TO_PARAM), location.origin);
 */
export const RETURN_TO_PARAM = 'returnTo';

/**
 * The app's sign-in page with where to come back to, or `undefined` when
 * `loginUrl` is not a safe link (see `isSafeHref`). `current` (usually
 * `location.href`) goes through {@link safeReturnUrl} first, so only a
 * same-origin path is ever passed on: as is to a sign-in page on `origin`,
 * as an absolute URL of `origin` to one elsewhere (an identity provider).
 *
 * @example loginHref('/login', 'https://app.example/live/42', 'https://app.example') // '/login?returnTo=%2Flive%2F42'
 */
export function loginHref(loginUrl: string | undefined, current: unknown, origin: string): string | undefined {
  if (!isSafeHref(loginUrl)) return undefined;
  try {
    const base = new URL(origin);
    const url = new URL(loginUrl, base);
    const returnTo = safeReturnUrl(current, base.origin);
    const sameOrigin = url.origin === base.origin;
    url.searchParams.set(RETURN_TO_PARAM, sameOrigin ? returnTo : new URL(returnTo, base).href);
    return loginUrl.startsWith('/') ? `${url.pathname}${url.search}${url.hash}` : url.href;
  } catch {
    return undefined;
  }
}
