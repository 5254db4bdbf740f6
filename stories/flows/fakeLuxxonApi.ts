import type { ApiErrorCode } from '../../src/core/codes';
import { createLuxxonEnvelope } from '../../src/testing/createLuxxonEnvelope';

/** What the fake Luxxon API knows about the world. */
export interface FakeLuxxonState {
  /** False: every request gets 401 NOT_AUTHENTICATED until `signIn()`. */
  readonly signedIn: boolean;
  /** Zero: live views get 503 NO_COVERAGE (with `Retry-After`) until `bringOperatorOnline()`. */
  readonly operatorsOnline: number;
  /** The workspace's credit in live-view seconds: 0 gives NO_CREDIT, less than asked INSUFFICIENT_CREDIT. */
  readonly creditSeconds: number;
}

/** How a story sets up its fake API (`parameters.fakeApi`); plain data. */
export interface FakeLuxxonApiOptions extends Partial<FakeLuxxonState> {
  /** The `Retry-After` (seconds) sent with 503 answers. Default 5. */
  readonly retryAfterSeconds?: number;
  /** Time every answer takes. Default 120 ms. */
  readonly latencyMs?: number;
  /** An operator comes online by itself this long after the first request. */
  readonly operatorOnlineAfterMs?: number;
}

/** The body of `POST /v1/live-views`. */
export interface LiveViewRequest {
  readonly seconds: number;
}

/** A live view the fake API granted. */
export interface LiveView {
  readonly id: string;
  readonly place: string;
  readonly seconds: number;
}

/** One request the fake API answered, as its log shows it. */
export interface FakeRequestRecord {
  readonly n: number;
  readonly method: string;
  readonly path: string;
  readonly body: unknown;
  readonly status: number;
  /** The envelope's code, for error answers. */
  readonly code: string | undefined;
  readonly requestId: string;
  readonly retryAfter: string | null;
}

/** Everything the fake API holds, replaced (never mutated) on every change. */
export interface FakeLuxxonSnapshot {
  readonly state: FakeLuxxonState;
  readonly requests: readonly FakeRequestRecord[];
}

/** A fake of the Luxxon API for stories: a `fetch` that answers with real envelopes and headers. */
export interface FakeLuxxonApi {
  /** Same signature as `window.fetch`; answers only `POST /v1/live-views`. */
  readonly fetch: (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>;
  readonly getSnapshot: () => FakeLuxxonSnapshot;
  readonly subscribe: (listener: () => void) => () => void;
  readonly signIn: () => void;
  readonly bringOperatorOnline: () => void;
  readonly topUp: (seconds: number) => void;
}

/** The place every granted live view shows (the demo app renders it as its content). */
export const FAKE_LIVE_VIEW_PLACE = 'Praça do Comércio, Lisboa';

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

function readBody(init: RequestInit | undefined): unknown {
  if (typeof init?.body !== 'string') return undefined;
  try {
    return JSON.parse(init.body);
  } catch {
    return undefined;
  }
}

function isLiveViewRequest(body: unknown): body is LiveViewRequest {
  const seconds = (body as { seconds?: unknown } | undefined)?.seconds;
  return typeof seconds === 'number' && Number.isInteger(seconds) && seconds > 0;
}

/**
 * A fake Luxxon API with just enough of a world (sign-in, operators online,
 * credit) to drive every flow of the kit. Errors come back as the API sends
 * them: the envelope `{statusCode, code, message, detail, timestamp}` as
 * JSON, `x-request-id` on every answer and `Retry-After` on 503s.
 *
 * @example
 * const api = createFakeLuxxonApi({ operatorsOnline: 0 });
 * const res = await api.fetch('/v1/live-views', { method: 'POST', body: JSON.stringify({ seconds: 60 }) });
 * res.status; // 503, res.headers.get('retry-after') === '5'
 */
export function createFakeLuxxonApi(options: FakeLuxxonApiOptions = {}): FakeLuxxonApi {
  const { retryAfterSeconds = 5, latencyMs = 120, operatorOnlineAfterMs } = options;
  let snapshot: FakeLuxxonSnapshot = {
    state: {
      signedIn: options.signedIn ?? true,
      operatorsOnline: options.operatorsOnline ?? 3,
      creditSeconds: options.creditSeconds ?? 3600,
    },
    requests: [],
  };
  const listeners = new Set<() => void>();
  const update = (next: Partial<FakeLuxxonSnapshot>) => {
    snapshot = { ...snapshot, ...next };
    for (const listener of listeners) listener();
  };
  const setState = (change: (s: FakeLuxxonState) => Partial<FakeLuxxonState>) =>
    update({ state: { ...snapshot.state, ...change(snapshot.state) } });
  const bringOperatorOnline = () => setState((s) => ({ operatorsOnline: s.operatorsOnline + 1 }));

  const decide = (method: string, path: string, body: unknown, state: FakeLuxxonState): { status: number; code?: ApiErrorCode } => {
    if (method !== 'POST' || path !== '/v1/live-views') return { status: 404, code: 'NOT_FOUND' };
    if (!state.signedIn) return { status: 401, code: 'NOT_AUTHENTICATED' };
    if (!isLiveViewRequest(body)) return { status: 400, code: 'INVALID_INPUT' };
    if (state.creditSeconds === 0) return { status: 400, code: 'NO_CREDIT' };
    if (body.seconds > state.creditSeconds) return { status: 400, code: 'INSUFFICIENT_CREDIT' };
    if (state.operatorsOnline === 0) return { status: 503, code: 'NO_COVERAGE' };
    return { status: 201 };
  };

  const fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = new URL(input instanceof Request ? input.url : String(input), 'https://api.luxxon.example');
    const method = (init?.method ?? 'GET').toUpperCase();
    const body = readBody(init);
    const n = snapshot.requests.length + 1;
    if (n === 1 && operatorOnlineAfterMs !== undefined) setTimeout(bringOperatorOnline, operatorOnlineAfterMs);
    await wait(latencyMs, init?.signal);

    const { status, code } = decide(method, url.pathname, body, snapshot.state);
    const requestId = `req_fake_${String(n).padStart(4, '0')}`;
    const headers = new Headers({ 'content-type': 'application/json', 'x-request-id': requestId });
    if (status === 503) headers.set('retry-after', String(retryAfterSeconds));
    let payload: unknown;
    if (code === undefined) {
      const seconds = (body as LiveViewRequest).seconds;
      payload = { id: `lv_${String(n).padStart(4, '0')}`, place: FAKE_LIVE_VIEW_PLACE, seconds } satisfies LiveView;
      setState((s) => ({ creditSeconds: s.creditSeconds - seconds }));
    } else {
      payload = createLuxxonEnvelope(code, {
        statusCode: status,
        timestamp: new Date().toISOString(),
        detail: `fake-api request=${requestId} state=${JSON.stringify(snapshot.state)}`,
      });
    }
    update({
      requests: [
        ...snapshot.requests,
        { n, method, path: url.pathname, body, status, code, requestId, retryAfter: headers.get('retry-after') },
      ],
    });
    return new Response(JSON.stringify(payload), { status, headers });
  };

  return {
    fetch,
    getSnapshot: () => snapshot,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    signIn: () => setState(() => ({ signedIn: true })),
    bringOperatorOnline,
    topUp: (seconds) => setState((s) => ({ creditSeconds: s.creditSeconds + seconds })),
  };
}
