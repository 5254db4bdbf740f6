import type { LuxxonErrorBoundaryApi } from '../boundary/LuxxonBoundaryContext';
import type { BoundaryQueries } from '../boundary/createBoundaryQueries';

/**
 * One mounted `<LuxxonErrorBoundary>`, as `@luxxon/react-errors/devtools`
 * sees it: its API (show a screen in it, or hide it), its name and queries.
 *
 * @example
 * ```tsx
 * const names = [...useLuxxonContext('LuxxonDevtools').lab.boundaries].map((boundary: LuxxonLabBoundary) => boundary.name);
 * ```
 */
export interface LuxxonLabBoundary extends LuxxonErrorBoundaryApi {
  /** The boundary's `name`, else an id React gave it. */
  readonly name: string;
  /** The queries it saw fail; `undefined` without a QueryClient. */
  readonly queries: BoundaryQueries | undefined;
  /** What its screen shows now (a thrown value); `undefined` while its content renders. */
  error?: unknown;
}

/**
 * Per-provider hooks for the devtools (`@luxxon/react-errors/devtools`): the
 * mounted boundaries, and the kit's own language. Two providers keep two labs.
 *
 * @example
 * ```tsx
 * const { lab } = useLuxxonContext('LuxxonDevtools');
 * lab.setLanguage('ar'); // the kit's screens in Arabic, the app's own language untouched
 * ```
 */
export interface LuxxonLab {
  readonly boundaries: Set<LuxxonLabBoundary>;
  /** Shows the kit's screens in this language (loaded already), whatever the app's; `undefined` follows the app again. */
  readonly setLanguage: (lng: string | undefined) => void;
  /** Codes a development build warned about once (see the unmapped-code warning). */
  warned?: Set<string>;
}
