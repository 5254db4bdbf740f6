const RELOADED_AT = 'luxxon:reloaded-at';
/** A reload this soon after the last one would be a loop: the new version is not out everywhere yet. */
const RELOAD_GUARD_MS = 30_000;

/**
 * CHUNK_LOAD_ERROR's "Reload": reloads the page once; pressed again within
 * 30 s of a reload it retries in place instead, so that a half-deployed
 * version cannot send the page into a reload loop.
 */
export function reloadOnce(retry: () => void): void {
  let last = 0;
  try {
    last = Number(sessionStorage.getItem(RELOADED_AT)) || 0;
    sessionStorage.setItem(RELOADED_AT, String(Date.now()));
  } catch {
    // No storage (privacy mode): the reload still happens, unguarded across loads.
  }
  if (Date.now() - last < RELOAD_GUARD_MS) retry();
  else location.reload();
}
