/** The family a code belongs to, as grouped on the Luxxon API error page. */
export const ERROR_FAMILIES = ['auth', 'domain', 'wallet', 'not-found', 'infrastructure', 'unknown'] as const;

/** One of {@link ERROR_FAMILIES}. */
export type ErrorFamily = (typeof ERROR_FAMILIES)[number];
