/**
 * What `onReauthenticate` receives.
 *
 * @example
 * ```tsx
 * <LuxxonProvider onReauthenticate={({ returnTo }: ReauthenticateRequest) => auth.signIn({ returnTo })}>…</LuxxonProvider>
 * ```
 */
export interface ReauthenticateRequest {
  /**
   * Where to bring the user back to once signed in: the current page as a
   * same-origin path (`/live/42?zone=3`), checked with `safeReturnUrl`; `/`
   * when the page's URL could not be used safely.
   */
  readonly returnTo: string;
}
