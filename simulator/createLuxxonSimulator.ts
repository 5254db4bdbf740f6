import { once } from 'node:events';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  bringOperatorOnline,
  decide,
  isScenarioName,
  parseBody,
  recordOf,
  switchScenario,
  topUp,
  worldFor,
  type RequestRecord,
  type ScenarioName,
  type ScenarioOptions,
  type World,
} from './world';

export { DETAIL_MARKER, HTML_ERROR_PAGE, SIMULATED_PLACE, WALLET_PATH } from './world';
export type { LiveViewGrant, LiveViewRequestBody, WalletBalance } from './world';

/** One request the simulated API answered (control requests are not logged). */
export interface SimulatorRequest extends RequestRecord {
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
  /** Starts over from `name`'s world; the request log (and the request ids) keep counting. */
  readonly setScenario: (name: ScenarioName, options?: ScenarioOptions) => void;
  /** One more operator online: NO_COVERAGE ends. */
  readonly bringOperatorOnline: () => void;
  /** The workspace tops up `seconds` of credit. */
  readonly topUp: (seconds: number) => void;
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

const MAX_BODY_BYTES = 64 * 1024;

async function readBodyText(req: IncomingMessage): Promise<string | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > MAX_BODY_BYTES) return undefined;
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function matches(request: SimulatorRequest, filter: RequestFilter): boolean {
  return (filter.method === undefined || request.method === filter.method) && (filter.path === undefined || request.path === filter.path);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Starts a simulator of the Luxxon API on 127.0.0.1: the world's rules
 * (`decide` in ./world, shared with the stories' fake API) behind HTTP and
 * CORS (the browser may read `x-request-id` and `Retry-After`). Scenarios
 * switch per test, in process or through `/__simulator/*` (used by the
 * demo's panel). Every API request is logged so that tests can assert how
 * many were made.
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
  const listeners = new Set<() => void>();

  const setScenario = (next: ScenarioName, scenarioOptions?: ScenarioOptions) => {
    name = next;
    world = switchScenario(world, next, scenarioOptions);
  };

  const control = async (req: IncomingMessage, res: ServerResponse, path: string) => {
    const body = req.method === 'POST' ? parseBody(await readBodyText(req)) : undefined;
    if (req.method === 'POST' && path === '/__simulator/scenario') {
      const { name: next, options: scenarioOptions } = (body ?? {}) as { name?: unknown; options?: ScenarioOptions };
      if (!isScenarioName(next)) return sendJson(res, 400, { error: 'unknown scenario' });
      setScenario(next, scenarioOptions);
    } else if (req.method === 'POST' && path === '/__simulator/operator-online') {
      world = bringOperatorOnline(world);
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

    const body = parseBody(await readBodyText(req));
    if (latencyMs > 0) await sleep(latencyMs);
    const request = { method, path, authorization: req.headers.authorization, body, receivedAt: new Date().toISOString() };
    const decision = decide(request, world);
    world = decision.world;
    const { answer } = decision;
    log = [...log, { ...recordOf(world.served, request, answer), at: Date.now() - startedAt }];
    for (const listener of listeners) listener();
    res.writeHead(answer.status, answer.headers);
    res.end(answer.body);
  }

  server.listen(options.port ?? 0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;

  const count = (filter: RequestFilter = {}) => log.filter((r) => matches(r, filter)).length;
  return {
    url: `http://127.0.0.1:${port}`,
    scenario: () => ({ name, world }),
    setScenario,
    bringOperatorOnline: () => {
      world = bringOperatorOnline(world);
    },
    topUp: (seconds) => {
      world = topUp(world, seconds);
    },
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
