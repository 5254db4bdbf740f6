/** Answers the simulated API gives to live-view requests before any business rule. */
export type Fault =
  /** A Luxxon envelope with this status and code (also codes the kit has never heard of). */
  | { readonly kind: 'envelope'; readonly status: number; readonly code: string; readonly message: string; readonly remaining: number }
  /** An HTML error page, as a proxy in front of the API sends it: not JSON, not an envelope. */
  | { readonly kind: 'html'; readonly status: number; readonly remaining: number };

/**
 * What the simulated Luxxon API knows about the world; replaced, never
 * mutated. The Node simulator and the stories' in-browser fake both hold one
 * and answer through {@link decide}.
 */
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
  /** Requests answered so far: the next one is number `served + 1` (its `x-request-id`). */
  readonly served: number;
  /** Sign-ins answered so far: the next token is `demo-session-${tokensIssued + 2}`. */
  readonly tokensIssued: number;
}

/** The token a client starts with; every world but a signed-out one accepts it. */
export const DEMO_TOKEN = 'demo-session-1';

/**
 * A healthy API (operators online, credit, the demo token accepted) with
 * `changes` applied: the base of every scenario.
 *
 * @example createWorld({ operatorsOnline: 0 }).creditSeconds // 3600
 */
export function createWorld(changes: Partial<World> = {}): World {
  return {
    operatorsOnline: 3,
    creditSeconds: 3600,
    validTokens: [DEMO_TOKEN],
    fault: undefined,
    retryAfterSeconds: 1,
    served: 0,
    tokensIssued: 0,
    ...changes,
  };
}
