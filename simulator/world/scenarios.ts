import { createWorld, type World } from './World';

/** The scenarios a test (or the demo's panel) can switch to. */
export const SCENARIOS = [
  'ok',
  'no-coverage',
  'session-expired',
  'insufficient-credit',
  'no-credit',
  'unknown-code',
  'html-500',
  'flaky',
] as const;

/** One of {@link SCENARIOS}. */
export type ScenarioName = (typeof SCENARIOS)[number];

/** Tuning of a scenario; every field has a default. */
export interface ScenarioOptions {
  /** `Retry-After` on 503 answers, in seconds. Default 1. */
  readonly retryAfterSeconds?: number;
  /** `insufficient-credit`: the workspace's credit in seconds. Default 45 (the demo asks for 60). */
  readonly creditSeconds?: number;
  /** `flaky`: how many 503 DATABASE_ERROR answers come before the API recovers. Default 2. */
  readonly failures?: number;
  /** `unknown-code`: the code the server sends. Default `RATE_LIMITED` (not on the error page). */
  readonly code?: string;
  /** `unknown-code`, `html-500`: the HTTP status. Defaults 429 and 500. */
  readonly status?: number;
}

/** Whether `name` is one of {@link SCENARIOS}. */
export function isScenarioName(name: unknown): name is ScenarioName {
  return typeof name === 'string' && (SCENARIOS as readonly string[]).includes(name);
}

/**
 * The world a scenario starts from. Every scenario is a healthy API with one
 * thing wrong, so that fixing that one thing (an operator comes online, the
 * user signs in again, the request gets shorter) makes the next request work.
 *
 * @example worldFor('no-coverage').operatorsOnline // 0
 */
export function worldFor(name: ScenarioName, options: ScenarioOptions = {}): World {
  const healthy = createWorld(options.retryAfterSeconds === undefined ? {} : { retryAfterSeconds: options.retryAfterSeconds });
  switch (name) {
    case 'ok':
      return healthy;
    case 'no-coverage':
      return { ...healthy, operatorsOnline: 0 };
    case 'session-expired':
      return { ...healthy, validTokens: [] };
    case 'insufficient-credit':
      return { ...healthy, creditSeconds: options.creditSeconds ?? 45 };
    case 'no-credit':
      return { ...healthy, creditSeconds: 0 };
    case 'unknown-code':
      return {
        ...healthy,
        fault: {
          kind: 'envelope',
          status: options.status ?? 429,
          code: options.code ?? 'RATE_LIMITED',
          message: 'Too many live views requested from this workspace; slow down.',
          remaining: Infinity,
        },
      };
    case 'html-500':
      return { ...healthy, fault: { kind: 'html', status: options.status ?? 500, remaining: Infinity } };
    case 'flaky':
      return {
        ...healthy,
        fault: { kind: 'envelope', status: 503, code: 'DATABASE_ERROR', message: 'Postgres unavailable.', remaining: options.failures ?? 2 },
      };
    default:
      return name satisfies never;
  }
}
