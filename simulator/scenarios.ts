/** The token the demo app starts with; every scenario but `session-expired` accepts it. */
export const DEMO_TOKEN = 'demo-session-1';

/** Answers the simulator gives to live-view requests before any business rule. */
export type Fault =
  /** A Luxxon envelope with this status and code (also codes the kit has never heard of). */
  | { readonly kind: 'envelope'; readonly status: number; readonly code: string; readonly message: string; readonly remaining: number }
  /** An HTML error page, as a proxy in front of the API sends it: not JSON, not an envelope. */
  | { readonly kind: 'html'; readonly status: number; readonly remaining: number };

/** What the simulated API knows about the world; replaced, never mutated. */
export interface World {
  /** 0 gives 503 NO_COVERAGE (with Retry-After). */
  readonly operatorsOnline: number;
  /** Live-view seconds the workspace can pay for: 0 gives NO_CREDIT, less than asked INSUFFICIENT_CREDIT. */
  readonly creditSeconds: number;
  /** Bearer tokens the API accepts; anything else is 401 NOT_AUTHENTICATED. */
  readonly validTokens: readonly string[];
  /** Answers live-view requests get first, `remaining` times (Infinity: until the scenario changes). */
  readonly fault: Fault | undefined;
  /** Seconds sent in `Retry-After` on every 503. */
  readonly retryAfterSeconds: number;
}

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
  const healthy: World = {
    operatorsOnline: 3,
    creditSeconds: 3600,
    validTokens: [DEMO_TOKEN],
    fault: undefined,
    retryAfterSeconds: options.retryAfterSeconds ?? 1,
  };
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
