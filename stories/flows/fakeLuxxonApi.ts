import {
  bringOperatorOnline,
  decide,
  DEMO_TOKEN,
  parseBody,
  recordOf,
  signIn,
  topUp,
  worldFor,
  type RequestRecord,
  type ScenarioName,
  type World,
} from '../../simulator/world';

export { SIMULATED_PLACE as FAKE_LIVE_VIEW_PLACE } from '../../simulator/world';
export type { LiveViewGrant, LiveViewRequestBody } from '../../simulator/world';

/** How a story sets up its fake API (`parameters.fakeApi`); plain data. */
export interface FakeLuxxonApiOptions {
  /** The world to start from (the simulator's scenarios). Default `ok`. */
  readonly scenario?: ScenarioName;
  /** False: live views get 401 NOT_AUTHENTICATED until `signIn()`. Default true. */
  readonly signedIn?: boolean;
  /** Zero: live views get 503 NO_COVERAGE (with `Retry-After`) until `bringOperatorOnline()`. */
  readonly operatorsOnline?: number;
  /** The workspace's credit in live-view seconds: 0 gives NO_CREDIT, less than asked INSUFFICIENT_CREDIT. */
  readonly creditSeconds?: number;
  /** The `Retry-After` (seconds) sent with 503 answers. Default 1. */
  readonly retryAfterSeconds?: number;
  /** Time every answer takes. Default 120 ms. */
  readonly latencyMs?: number;
  /** An operator comes online by itself this long after the first request. */
  readonly operatorOnlineAfterMs?: number;
}

/** Everything the fake API holds, replaced (never mutated) on every change. */
export interface FakeLuxxonSnapshot {
  readonly world: World;
  /** Whether the browser's session (the token it sends) is one the API accepts. */
  readonly signedIn: boolean;
  readonly requests: readonly RequestRecord[];
}

/** A fake of the Luxxon API for stories: a `fetch` that answers with real envelopes and headers. */
export interface FakeLuxxonApi {
  /** Same signature as `window.fetch`; answers as the simulator does (`decide`). */
  readonly fetch: (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>;
  readonly getSnapshot: () => FakeLuxxonSnapshot;
  readonly subscribe: (listener: () => void) => () => void;
  /** The user signs in: the browser's session gets a new token the API accepts. */
  readonly signIn: () => void;
  readonly bringOperatorOnline: () => void;
  readonly topUp: (seconds: number) => void;
}

function wait(ms: number, signal: AbortSignal | null | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new DOMException('The request was aborted.', 'AbortError'));
    const id = setTimeout(resolve, ms);
    signal?.addEventListener(
      'abort',
      () => {
        clearTimeout(id);
        reject(new DOMException('The request was aborted.', 'AbortError'));
      },
      { once: true },
    );
  });
}

function initialWorld(options: FakeLuxxonApiOptions): World {
  const { scenario = 'ok', signedIn = true, operatorsOnline, creditSeconds, retryAfterSeconds } = options;
  const base = worldFor(scenario, retryAfterSeconds === undefined ? {} : { retryAfterSeconds });
  return {
    ...base,
    ...(signedIn ? {} : { validTokens: [] }),
    ...(operatorsOnline === undefined ? {} : { operatorsOnline }),
    ...(creditSeconds === undefined ? {} : { creditSeconds }),
  };
}

/**
 * The simulator's world (`decide` in simulator/world) in the browser: a
 * `fetch` for stories, with the browser's session (the bearer token it adds
 * to requests that carry none, as a cookie would) and an observable
 * snapshot for the story's panel. Errors come back as the API sends them:
 * the envelope as JSON, `x-request-id` on every answer, `Retry-After` on 503s.
 *
 * @example
 * const api = createFakeLuxxonApi({ operatorsOnline: 0 });
 * const res = await api.fetch('/v1/live-views', { method: 'POST', body: JSON.stringify({ lat: 38.7, lng: -9.1, maxDurationSeconds: 60 }) });
 * res.status; // 503, res.headers.get('retry-after') === '1'
 */
export function createFakeLuxxonApi(options: FakeLuxxonApiOptions = {}): FakeLuxxonApi {
  const { latencyMs = 120, operatorOnlineAfterMs } = options;
  let session = DEMO_TOKEN;
  const snapshotOf = (world: World, requests: readonly RequestRecord[]): FakeLuxxonSnapshot => ({
    world,
    signedIn: world.validTokens.includes(session),
    requests,
  });
  let snapshot = snapshotOf(initialWorld(options), []);
  const listeners = new Set<() => void>();
  const update = (world: World, requests = snapshot.requests) => {
    snapshot = snapshotOf(world, requests);
    for (const listener of listeners) listener();
  };
  const operatorOnline = () => update(bringOperatorOnline(snapshot.world));

  const fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = new URL(input instanceof Request ? input.url : String(input), 'https://api.luxxon.example');
    const headers = new Headers(init?.headers);
    if (snapshot.requests.length === 0 && operatorOnlineAfterMs !== undefined) setTimeout(operatorOnline, operatorOnlineAfterMs);
    await wait(latencyMs, init?.signal);
    const request = {
      method: (init?.method ?? 'GET').toUpperCase(),
      path: url.pathname,
      authorization: headers.get('authorization') ?? `Bearer ${session}`,
      body: parseBody(typeof init?.body === 'string' ? init.body : undefined),
      receivedAt: new Date().toISOString(),
    };
    const { answer, world } = decide(request, snapshot.world);
    update(world, [...snapshot.requests, recordOf(world.served, request, answer)]);
    return new Response(answer.body, { status: answer.status, headers: answer.headers });
  };

  return {
    fetch,
    getSnapshot: () => snapshot,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    signIn: () => {
      const next = signIn(snapshot.world);
      session = next.token;
      update(next.world);
    },
    bringOperatorOnline: operatorOnline,
    topUp: (seconds) => update(topUp(snapshot.world, seconds)),
  };
}
