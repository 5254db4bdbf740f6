/**
 * The kinds of screen the kit shows for an error:
 * - `top-up`: credit ran out; link to the top-up page, retry once topped up.
 * - `re-login`: the credential expired; sign in again, then refetch.
 * - `waiting`: nothing is wrong but nobody can serve yet; retries on its own with a countdown.
 * - `permission`: the caller may not do this.
 * - `fix-request`: the request itself must change (input, location).
 * - `out-of-date`: the resource moved on; refresh and try again.
 * - `not-found`: the thing asked for does not exist.
 * - `service-down`: Luxxon's side failed; retried already, now a support reference.
 * - `reload`: a new version of the app is out (a lazy chunk is gone); reload the page.
 * - `generic`: an unknown code or an unknown failure.
 *
 * @example EXPERIENCE_KINDS.map((kind) => <MyScreenPreview key={kind} kind={kind} />)
 */
export const EXPERIENCE_KINDS = [
  'top-up',
  're-login',
  'waiting',
  'permission',
  'fix-request',
  'out-of-date',
  'not-found',
  'service-down',
  'reload',
  'generic',
] as const;

/**
 * One of {@link EXPERIENCE_KINDS}.
 *
 * @example const kind: ExperienceKind = resolveExperience(error).kind;
 */
export type ExperienceKind = (typeof EXPERIENCE_KINDS)[number];
