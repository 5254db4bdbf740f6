/**
 * min+gzip sizes, in bytes (1 KB = 1024 B), checked by `npm run size:check`.
 *
 * The owner's ceilings for this round (DEVELOPERS.md) are 11 KB for the main
 * entry and 4 KB for `./core`, with everything the issues add. `./core` meets
 * its ceiling, and CI holds it there. The main entry does not yet: with the
 * page recovery, the design work and the input hardening it measured
 * 14,222 B on 2026-12-01 (see the issue notes for what each part costs).
 * Until it is brought down, CI fails past the guard below, so that it
 * cannot grow unnoticed; `size:check` prints the ceiling as "not met".
 */
export const SIZE_CEILINGS = {
  kit: 11 * 1024,
  core: 4 * 1024,
} as const;

export const SIZE_BUDGETS = {
  /**
   * `@luxxon/react-errors`, everything exported, react-error-boundary included, lazy locales not.
   * 14.1 KB: issue 15 (app codes, devtools hooks) measured 14,392 B, +170 B net of 14,222 B.
   */
  kit: 14.1 * 1024,
  /** `@luxxon/react-errors/core`, everything exported: its ceiling. */
  core: SIZE_CEILINGS.core,
} as const;
