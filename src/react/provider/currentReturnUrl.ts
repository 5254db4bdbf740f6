import { safeReturnUrl } from '../../core/urls/safeReturnUrl';

/** The current page as a same-origin path to come back to after sign-in; `/` outside a browser. */
export function currentReturnUrl(): string {
  if (typeof window === 'undefined') return '/';
  return safeReturnUrl(window.location.href, window.location.origin);
}
