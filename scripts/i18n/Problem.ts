/** One thing a translator or developer must fix (`error`) or look at (`warning`). */
export interface Problem {
  /** Path relative to the repository root, `/`-separated. */
  readonly file: string;
  readonly line?: number;
  /** The translation key, plural suffix included (`waiting.countdown_many`). */
  readonly key?: string;
  readonly message: string;
  readonly severity: 'error' | 'warning';
}

/** An error at `file` (and `key`). */
export function error(file: string, key: string | undefined, message: string, line?: number): Problem {
  return { file, key, message, severity: 'error', ...(line === undefined ? {} : { line }) };
}

/** A warning at `file` (and `key`): printed, but the check still passes. */
export function warning(file: string, key: string | undefined, message: string): Problem {
  return { file, key, message, severity: 'warning' };
}

/**
 * One line per problem: `file[:line]: [key: ][warning: ]message`.
 *
 * @example formatProblem(error('locales/fr/luxxon.json', 'waiting.countdown_many', 'missing plural form (fr needs one, many, other)'))
 * // 'locales/fr/luxxon.json: waiting.countdown_many: missing plural form (fr needs one, many, other)'
 */
export function formatProblem({ file, line, key, message, severity }: Problem): string {
  const where = line === undefined ? file : `${file}:${line}`;
  return `${where}: ${key === undefined ? '' : `${key}: `}${severity === 'warning' ? 'warning: ' : ''}${message}`;
}
