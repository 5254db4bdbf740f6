import { once } from 'node:events';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createLuxxonEnvelope } from '../src/testing/createLuxxonEnvelope';
import { isScenarioName, worldFor, type ScenarioName, type ScenarioOptions, type World } from './scenarios';

/** One request the simulated API answered (control requests are not logged). */
export interface SimulatorRequest {
  /** 1-based, in arrival order. */
  readonly n: number;
  readonly method: string;
  readonly path: string;
  /** The `Authorization` header as received. */
  readonly authorization: string | undefined;
  readonly body: unknown;
  readonly status: number;
  /** The envelope's code, for error answers that are envelopes. */
  readonly code: string | undefined;
  /** The `x-request-id` sent back. */
  readonly requestId: string;
  /** The `Retry-After` sent back. */
  readonly retryAfter: string | undefined;
  /** Milliseconds since the simulator started. */
  readonly at: number;
}

/** Filter of {@link LuxxonSimulator.count}. */
export interface RequestFilter {
  readonly method?: string;
  readonly path?: string;
}

/** A running simulator of the Luxxon API on 127.0.0.1. */
export interface LuxxonSimulator {
  /** Base URL, e.g. `http://127.0.0.1:43817`. */
  readonly url: string;
  /** The world and scenario now. */
  readonly scenario: () => { readonly name: ScenarioName; readonly world: World };
  /** Starts over from `name`'s world; the request log is kept. */
  readonly setScenario: (name: ScenarioName, options?: ScenarioOptions) => void;
  /** One more operator online: NO_COVERAGE ends. */
  readonly bringOperatorOnline: () => void;
  /** Every request answered so far (a copy). */
  readonly requests: () => readonly SimulatorRequest[];
  /** How many answered requests match `filter`. */
  readonly count: (filter?: RequestFilter) => number;
  /** Resolves once `count(filter) >= n`; rejects after `timeoutMs`. */
  readonly waitForCount: (n: number, filter?: RequestFilter, timeoutMs?: number) => Promise<void>;
  /** Stops the server and drops open connections. */
  readonly close: () => Promise<void>;
}

/** Options of {@link createLuxxonSimulator}. */
export interface LuxxonSimulatorOptions {
  readonly scenario?: ScenarioName;
  readonly scenarioOptions?: ScenarioOptions;
  /** Time every API answer takes. Default 0. */
  readonly latencyMs?: number;
  /** Port; default 0 (a free one). */
  readonly port?: number;
}

/** `POST /v1/live-views` body. */
export interface LiveViewRequestBody {
  readonly lat: number;
  readonly lng: number;
  readonly maxDurationSeconds: number;
}

/** What `POST /v1/live-views` answers on success. */
export interface LiveViewGrant {
  readonly id: string;
  readonly place: string;
  readonly maxDurationSeconds: number;
}

/** The place every granted live view shows. */
export const SIMULATED_PLACE = 'Praça do Comércio, Lisboa';

/** A marker inside every envelope's `detail`: it must never reach the screen. */
export const DETAIL_MARKER = 'sim-internal-diagnostics';

/** The proxy error page the `html-500` scenario sends (with a script that must never run). */
export const HTML_ERROR_PAGE =
  '<!doctype html><html><head><title>500 Internal Server Error</title></head><body>' +
  '<h1>500 Internal Server Error</h1><p>nginx</p><script>window.__simulatorHtmlRan = true</script></body></html>';

const MAX_BODY_BYTES = 64 * 1024;

function isLiveViewRequest(body: unknown): body is LiveViewRequestBody {
  if (typeof body !== 'object' || body === null) return false;
  const { lat, lng, maxDurationSeconds } = body as Record<string, unknown>;
  return (
    typeof lat === 'number' &&
    typeof lng === 'number' &&
    Math.abs(lat) <= 90 &&
    Math.abs(lng) <= 180 &&
    typeof maxDurationSeconds === 'number' &&
    Number.isInteger(maxDurationSeconds) &&
    maxDurationSeconds > 0
  );
}

async function readJsonBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > MAX_BODY_BYTES) return undefined;
    chunks.push(buffer);
  }
  if (size === 0) return undefined;
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    return undefined;
  }
}

function matches(request: SimulatorRequest, filter: RequestFilter): boolean {
  return (filter.method === undefined || request.method === filter.method) && (filter.path === undefined || request.path === filter.path);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Answer {
  readonly status: number;
  readonly code?: string;
  readonly message?: string;
  readonly json?: unknown;
  readonly html?: string;
}

/**
 * Starts a simulator of the Luxxon API on 127.0.0.1: `POST /v1/live-views`
 * and `POST /v1/auth/login`, answered as the real API answers, errors as the
 * envelope `{statusCode, code, message, detail, timestamp}` with
 * `x-request-id` on every answer and `Retry-After` on 503s, behind CORS (the
 * browser may read both headers). Scenarios switch per test, in process or
 * through `/__simulator/*` (used by the demo's panel). Every API request is
 * logged so that tests can assert how many were made.
 *
 * @example
 * const sim = await createLuxxonSimulator({ scenario: 'no-coverage' });
 * // … load the demo with ?api=${sim.url}, see the waiting screen …
 * sim.bringOperatorOnline();
 * await sim.close();
 */
export async function createLuxxonSimulator(options: LuxxonSimulatorOptions = {}): Promise<LuxxonSimulator> {
  const { latencyMs = 0 } = options;
  const startedAt = Date.now();
  let name: ScenarioName = options.scenario ?? 'ok';
  let world: World = worldFor(name, options.scenarioOptions);
  let log: readonly SimulatorRequest[] = [];
  let issuedTokens = 0;
  const listeners = new Set<() => void>();

  const setScenario = (next: ScenarioName, scenarioOptions?: ScenarioOptions) => {
    name = next;
    world = worldFor(next, scenarioOptions);
  };
  const bringOperatorOnline = () => {
    world = { ...world, operatorsOnline: world.operatorsOnline + 1 };
  };

  const decide = (method: string, path: string, authorization: string | undefined, body: unknown): Answer => {
    if (method === 'POST' && path === '/v1/auth/login') {
      issuedTokens += 1;
      const token = `demo-session-${issuedTokens + 1}`;
      world = { ...world, validTokens: [...world.validTokens, token] };
      return { status: 200, json: { token } };
    }
    if (method !== 'POST' || path !== '/v1/live-views') return { status: 404, code: 'NOT_FOUND' };
    const { fault } = world;
    if (fault !== undefined && fault.remaining > 0) {
      world = { ...world, fault: { ...fault, remaining: fault.remaining - 1 } };
      return fault.kind === 'html'
        ? { status: fault.status, html: HTML_ERROR_PAGE }
        : { status: fault.status, code: fault.code, message: fault.message };
    }
    const token = authorization?.match(/^Bearer (\S+)$/)?.[1];
    if (token === undefined || !world.validTokens.includes(token)) return { status: 401, code: 'NOT_AUTHENTICATED' };
    if (!isLiveViewRequest(body)) return { status: 400, code: 'INVALID_INPUT' };
    if (world.creditSeconds === 0) return { status: 400, code: 'NO_CREDIT' };
    if (body.maxDurationSeconds > world.creditSeconds) return { status: 400, code: 'INSUFFICIENT_CREDIT' };
    if (world.operatorsOnline === 0) return { status: 503, code: 'NO_COVERAGE' };
    world = { ...world, creditSeconds: world.creditSeconds - body.maxDurationSeconds };
    const grant: LiveViewGrant = { id: `lv_${String(log.length + 1).padStart(4, '0')}`, place: SIMULATED_PLACE, maxDurationSeconds: body.maxDurationSeconds };
    return { status: 201, json: grant };
  };

  const control = async (req: IncomingMessage, res: ServerResponse, path: string) => {
    const body = req.method === 'POST' ? await readJsonBody(req) : undefined;
    if (req.method === 'POST' && path === '/__simulator/scenario') {
      const { name: next, options: scenarioOptions } = (body ?? {}) as { name?: unknown; options?: ScenarioOptions };
      if (!isScenarioName(next)) return sendJson(res, 400, { error: 'unknown scenario' });
      setScenario(next, scenarioOptions);
    } else if (req.method === 'POST' && path === '/__simulator/operator-online') {
      bringOperatorOnline();
    } else if (req.method !== 'GET' || path !== '/__simulator/state') {
      return sendJson(res, 404, { error: 'unknown control endpoint' });
    }
    return sendJson(res, 200, { scenario: name, world: { ...world, fault: world.fault && { ...world.fault, remaining: String(world.fault.remaining) } }, requests: log });
  };

  const server = createServer((req, res) => {
    void handle(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const origin = req.headers.origin;
    res.setHeader('access-control-allow-origin', origin ?? '*');
    res.setHeader('vary', 'origin');
    res.setHeader('access-control-expose-headers', 'x-request-id, retry-after');
    const method = req.method ?? 'GET';
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    if (method === 'OPTIONS') {
      res.writeHead(204, {
        'access-control-allow-methods': 'GET, POST, OPTIONS',
        'access-control-allow-headers': 'content-type, authorization',
        'access-control-max-age': '600',
      });
      return void res.end();
    }
    if (path.startsWith('/__simulator/')) return control(req, res, path);

    const authorization = req.headers.authorization;
    const body = await readJsonBody(req);
    if (latencyMs > 0) await sleep(latencyMs);
    const n = log.length + 1;
    const requestId = `req_sim_${String(n).padStart(5, '0')}`;
    const answer = decide(method, path, authorization, body);
    const retryAfter = answer.status === 503 ? String(world.retryAfterSeconds) : undefined;
    log = [
      ...log,
      { n, method, path, authorization, body, status: answer.status, code: answer.code, requestId, retryAfter, at: Date.now() - startedAt },
    ];
    for (const listener of listeners) listener();

    res.setHeader('x-request-id', requestId);
    res.setHeader('cache-control', 'no-store');
    if (retryAfter !== undefined) res.setHeader('retry-after', retryAfter);
    if (answer.html !== undefined) {
      res.writeHead(answer.status, { 'content-type': 'text/html; charset=utf-8' });
      return void res.end(answer.html);
    }
    if (answer.code !== undefined) {
      const envelope = createLuxxonEnvelope(answer.code, {
        statusCode: answer.status,
        timestamp: new Date().toISOString(),
        detail: `${DETAIL_MARKER} request=${requestId} scenario=${name}`,
        ...(answer.message === undefined ? {} : { message: answer.message }),
      });
      return sendJson(res, answer.status, envelope);
    }
    return sendJson(res, answer.status, answer.json);
  }

  server.listen(options.port ?? 0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;

  const count = (filter: RequestFilter = {}) => log.filter((r) => matches(r, filter)).length;
  return {
    url: `http://127.0.0.1:${port}`,
    scenario: () => ({ name, world }),
    setScenario,
    bringOperatorOnline,
    requests: () => [...log],
    count,
    waitForCount: (n, filter = {}, timeoutMs = 10_000) =>
      new Promise<void>((resolve, reject) => {
        const check = () => {
          if (count(filter) < n) return;
          clearTimeout(timer);
          listeners.delete(check);
          resolve();
        };
        const timer = setTimeout(() => {
          listeners.delete(check);
          reject(new Error(`simulator: expected ${n} requests matching ${JSON.stringify(filter)} within ${timeoutMs} ms, got ${count(filter)}`));
        }, timeoutMs);
        listeners.add(check);
        check();
      }),
    close: async () => {
      listeners.clear();
      server.closeAllConnections();
      server.close();
      await once(server, 'close');
    },
  };
}

function sendJson(res: ServerResponse, status: number, payload: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(payload));
}
