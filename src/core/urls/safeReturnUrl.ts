/** Longest return URL kept; longer ones are refused, not cut (a cut URL is another URL). */
const MAX_LENGTH = 2048;

/**
 * Whitespace, control and bidi formatting characters: URL parsers drop some of them silently
 * ("/\t/evil.com" parses as "//evil.com"), so a URL holding any is refused
 * (here and by `isSafeHref`).
 */
export const INVISIBLE = /[\u0000-\u0020\u007f-\u00a0\u061c\u1680\u180e\u2000-\u200f\u2028-\u202f\u205f-\u206f\u3000\ufeff]/;

/** Decodes percent-escapes until the text stops changing (`rounds` at most). */
function decodeFully(text: string, rounds = 3): string {
  try {
    const next = decodeURIComponent(text);
    return next === text || rounds === 1 ? next : decodeFully(next, rounds - 1);
  } catch {
    return text;
  }
}

// "//host" and "/\host" are other hosts to a browser, also once an app or a
// proxy decodes "%2F" and "%5C" on the way.
function leavesTheOrigin(path: string): boolean {
  return /^[/\\][/\\]/.test(path) || /^[/\\][/\\]/.test(decodeFully(path));
}

/**
 * Where users may be sent back after signing in: `candidate` when it stays on
 * `origin`, as a path (`/live/42?zone=3#map`), else `fallback`. Accepted: a
 * path starting with one `/`, or an absolute http(s) URL of exactly that
 * origin. Refused: other origins, `javascript:`, `data:` and every other
 * scheme, protocol-relative (`//evil.example`) and backslash (`/\evil.example`)
 * forms, also percent-encoded, and anything with whitespace or control
 * characters. Use it on the way out (building a login link) and on the way
 * back (reading a `returnTo` parameter after login).
 *
 * @example safeReturnUrl('https://app.example/live/42', 'https://app.example') // '/live/42'
 * @example safeReturnUrl('//evil.example', 'https://app.example') // '/'
 */
export function safeReturnUrl(candidate: unknown, origin: string, fallback: string = '/'): string {
  if (typeof candidate !== 'string' || candidate.length > MAX_LENGTH || INVISIBLE.test(candidate)) return fallback;
  // Before the query a backslash is a slash to URL parsers ("https:\\evil.example").
  if (/^[^?#]*\\/.test(candidate) || leavesTheOrigin(candidate)) return fallback;
  let base: URL;
  let url: URL;
  try {
    base = new URL(origin);
    url = new URL(candidate, base);
  } catch {
    return fallback;
  }
  if (!/^https?:$/.test(base.protocol)) return fallback;
  // Paths start with one "/"; anything else must name its scheme (relative
  // forms like "evil" or "?x" would depend on the page they are read on).
  const isPath = candidate.startsWith('/');
  if (!isPath && !/^https?:\/\//i.test(candidate)) return fallback;
  if (url.origin !== base.origin) return fallback;
  const path = `${url.pathname}${url.search}${url.hash}`;
  return leavesTheOrigin(path) ? fallback : path;
}
