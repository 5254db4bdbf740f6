/**
 * Whether a configured URL may become a link: http(s) URLs and same-site
 * paths only; `javascript:`, `data:` and friends never.
 */
export function isSafeHref(url: string | undefined): url is string {
  if (url === undefined || url.trim() === '') return false;
  if (/^\/(?![/\\])/.test(url)) return true;
  try {
    const { protocol } = new URL(url);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}
