/** min+gzip budgets, in bytes (1 KB = 1024 B), checked by `npm run size:check`. */
export const SIZE_BUDGETS = {
  /** `@luxxon/react-errors`, everything exported, react-error-boundary included, lazy locales not. */
  kit: 6 * 1024,
  /** `@luxxon/react-errors/core`, everything exported. */
  core: 2 * 1024,
} as const;
