/**
 * min+gzip budgets, in bytes (1 KB = 1024 B), checked by `npm run size:check`.
 *
 * The owner's targets (issue 5) are 6 KB for the kit and 2 KB for `./core`.
 * They are not met: the bundled English strings (1.7 KB) and react-error-boundary
 * (0.6 KB) alone take 2.3 KB of the kit's 6, and `./core` alone is 3.6 KB. Until
 * the targets are revised or features are cut, the check guards against growth:
 * it fails past the budgets below, set a little above the size measured on
 * 2026-11-25 (kit 10,186 B, core 3,674 B). `npm run size:check` prints both.
 */
export const SIZE_TARGETS = {
  kit: 6 * 1024,
  core: 2 * 1024,
} as const;

export const SIZE_BUDGETS = {
  /** `@luxxon/react-errors`, everything exported, react-error-boundary included, lazy locales not. */
  kit: 10.25 * 1024,
  /** `@luxxon/react-errors/core`, everything exported. */
  core: 3.65 * 1024,
} as const;
