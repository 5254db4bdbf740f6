/**
 * The family a code belongs to, as grouped on the Luxxon API error page.
 *
 * @example ERROR_FAMILIES.includes(describeCode(code).family) // always true
 */
export const ERROR_FAMILIES = ['auth', 'domain', 'wallet', 'not-found', 'infrastructure', 'unknown'] as const;

/**
 * One of {@link ERROR_FAMILIES}.
 *
 * @example const family: ErrorFamily = describeCode('DATABASE_ERROR').family; // 'infrastructure'
 */
export type ErrorFamily = (typeof ERROR_FAMILIES)[number];
