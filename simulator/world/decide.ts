import { createLuxxonEnvelope } from '../../src/testing/createLuxxonEnvelope';
import { isLiveViewRequest, LIVE_VIEWS_PATH, LOGIN_PATH, SIMULATED_PLACE, type LiveViewGrant } from './liveView';
import { signIn } from './transitions';
import { WALLET_PATH, type WalletBalance } from './wallet';
import type { World } from './World';

/** A request as the simulated API sees it, whatever carried it (HTTP, an in-browser `fetch`). */
export interface ApiRequest {
  /** Upper case, e.g. `POST`. */
  readonly method: string;
  /** The URL's path, e.g. `/v1/live-views`. */
  readonly path: string;
  /** The `Authorization` header as received. */
  readonly authorization: string | undefined;
  /** The JSON body, parsed (`undefined` for none or one that does not parse). */
  readonly body: unknown;
  /** When it arrived, ISO 8601: the envelope's `timestamp`. */
  readonly receivedAt: string;
}

/** The answer to one {@link ApiRequest}, ready to send. */
export interface ApiAnswer {
  readonly status: number;
  /** `content-type`, `cache-control`, `x-request-id` and, on 503s, `retry-after`. */
  readonly headers: Readonly<Record<string, string>>;
  /** The body as sent: JSON, or the proxy's HTML page. */
  readonly body: string;
  /** The envelope's code, for error answers that are envelopes. */
  readonly code: string | undefined;
  /** The `x-request-id` sent back. */
  readonly requestId: string;
  /** The `Retry-After` sent back. */
  readonly retryAfter: string | undefined;
}

/** What {@link decide} returns: the answer, and the world after it. */
export interface Decision {
  readonly answer: ApiAnswer;
  readonly world: World;
}

/** A marker inside every envelope's `detail`: it must never reach the screen. */
export const DETAIL_MARKER = 'sim-internal-diagnostics';

/** The proxy error page the `html-500` scenario sends (with a script that must never run). */
export const HTML_ERROR_PAGE =
  '<!doctype html><html><head><title>500 Internal Server Error</title></head><body>' +
  '<h1>500 Internal Server Error</h1><p>nginx</p><script>window.__simulatorHtmlRan = true</script></body></html>';

/** The `x-request-id` of the `n`th request (1-based). */
function requestIdFor(n: number): string {
  return `req_sim_${String(n).padStart(5, '0')}`;
}

type Outcome =
  | { readonly status: number; readonly code: string; readonly message?: string }
  | { readonly status: number; readonly json: unknown }
  | { readonly status: number; readonly html: string };

/** The world's rules, in the order the real API applies them; `world.served` already counts this request. */
function rule(request: ApiRequest, world: World): { readonly outcome: Outcome; readonly world: World } {
  if (request.method === 'POST' && request.path === LOGIN_PATH) {
    const { token, world: next } = signIn(world);
    return { outcome: { status: 200, json: { token } }, world: next };
  }
  const token = request.authorization?.match(/^Bearer (\S+)$/)?.[1];
  const signedIn = token !== undefined && world.validTokens.includes(token);
  if (request.method === 'GET' && request.path === WALLET_PATH) {
    if (!signedIn) return { outcome: { status: 401, code: 'NOT_AUTHENTICATED' }, world };
    const balance: WalletBalance = { creditSeconds: world.creditSeconds };
    return { outcome: { status: 200, json: balance }, world };
  }
  if (request.method !== 'POST' || request.path !== LIVE_VIEWS_PATH) return { outcome: { status: 404, code: 'NOT_FOUND' }, world };
  const { fault } = world;
  if (fault !== undefined && fault.remaining > 0) {
    const next = { ...world, fault: { ...fault, remaining: fault.remaining - 1 } };
    const outcome: Outcome = fault.kind === 'html' ? { status: fault.status, html: HTML_ERROR_PAGE } : { status: fault.status, code: fault.code, message: fault.message };
    return { outcome, world: next };
  }
  const { body } = request;
  const refuse = (status: number, code: string) => ({ outcome: { status, code }, world });
  if (!signedIn) return refuse(401, 'NOT_AUTHENTICATED');
  if (!isLiveViewRequest(body)) return refuse(400, 'INVALID_INPUT');
  if (world.creditSeconds === 0) return refuse(400, 'NO_CREDIT');
  if (body.maxDurationSeconds > world.creditSeconds) return refuse(400, 'INSUFFICIENT_CREDIT');
  if (world.operatorsOnline === 0) return refuse(503, 'NO_COVERAGE');
  const grant: LiveViewGrant = { id: `lv_${String(world.served).padStart(4, '0')}`, place: SIMULATED_PLACE, maxDurationSeconds: body.maxDurationSeconds };
  return { outcome: { status: 201, json: grant }, world: { ...world, creditSeconds: world.creditSeconds - body.maxDurationSeconds } };
}

/**
 * The simulated Luxxon API: answers `request` in `world` as the real API
 * would, and says how the world changed. Pure (no clock, no I/O): the Node
 * simulator and the stories' in-browser `fetch` both answer through it.
 *
 * - `POST /v1/auth/login` signs in: 200 `{ token }`.
 * - `GET /v1/wallet`: 401 NOT_AUTHENTICATED, else 200 `{ creditSeconds }`
 *   (the world's fault is the live views' only).
 * - `POST /v1/live-views` with `{ lat, lng, maxDurationSeconds }`: the
 *   world's fault first, then 401 NOT_AUTHENTICATED, 400 INVALID_INPUT,
 *   NO_CREDIT, INSUFFICIENT_CREDIT, 503 NO_COVERAGE, else 201 and the credit
 *   spent.
 * - Anything else: 404 NOT_FOUND.
 *
 * Errors are the envelope `{statusCode, code, message, detail, timestamp}`
 * (`detail` holds {@link DETAIL_MARKER}); every answer has `x-request-id`,
 * every 503 `Retry-After`.
 *
 * @example
 * const { answer, world: next } = decide(
 *   { method: 'POST', path: '/v1/live-views', authorization: 'Bearer demo-session-1', body: { lat: 0, lng: 0, maxDurationSeconds: 60 }, receivedAt: new Date().toISOString() },
 *   worldFor('no-coverage'),
 * );
 * answer.status; // 503, answer.retryAfter === '1'
 */
export function decide(request: ApiRequest, world: World): Decision {
  const served = world.served + 1;
  const requestId = requestIdFor(served);
  const { outcome, world: next } = rule(request, { ...world, served });
  const retryAfter = outcome.status === 503 ? String(next.retryAfterSeconds) : undefined;
  const headers: Record<string, string> = {
    'content-type': 'html' in outcome ? 'text/html; charset=utf-8' : 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    'x-request-id': requestId,
    ...(retryAfter === undefined ? {} : { 'retry-after': retryAfter }),
  };
  let body: string;
  let code: string | undefined;
  if ('html' in outcome) body = outcome.html;
  else if ('json' in outcome) body = JSON.stringify(outcome.json);
  else {
    code = outcome.code;
    const envelope = createLuxxonEnvelope(outcome.code, {
      statusCode: outcome.status,
      timestamp: request.receivedAt,
      detail: `${DETAIL_MARKER} request=${requestId} operators=${world.operatorsOnline} credit=${world.creditSeconds}s`,
      ...(outcome.message === undefined ? {} : { message: outcome.message }),
    });
    body = JSON.stringify(envelope);
  }
  return { answer: { status: outcome.status, headers, body, code, requestId, retryAfter }, world: next };
}
