// @vitest-environment node
import { afterEach, describe, expect, it } from 'vitest';
import { createLuxxonSimulator, DETAIL_MARKER, type LuxxonSimulator } from './createLuxxonSimulator';
import { DEMO_TOKEN } from './world';

let sim: LuxxonSimulator | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

const liveView = (base: string, token = DEMO_TOKEN) =>
  fetch(`${base}/v1/live-views`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, origin: 'http://localhost:5173' },
    body: JSON.stringify({ lat: 38.7, lng: -9.1, maxDurationSeconds: 60 }),
  });

describe('createLuxxonSimulator (HTTP on 127.0.0.1 around decide)', () => {
  it('answers with the world\'s envelope and headers, readable through CORS', async () => {
    sim = await createLuxxonSimulator({ scenario: 'no-coverage', scenarioOptions: { retryAfterSeconds: 2 } });
    const res = await liveView(sim.url);
    expect(res.status).toBe(503);
    expect(res.headers.get('x-request-id')).toBe('req_sim_00001');
    expect(res.headers.get('retry-after')).toBe('2');
    expect(res.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
    expect(res.headers.get('access-control-expose-headers')).toBe('x-request-id, retry-after');
    const body = (await res.json()) as { code: string; detail: string };
    expect(body.code).toBe('NO_COVERAGE');
    expect(body.detail).toContain(DETAIL_MARKER);
  });

  it('logs API requests (not preflights, not control requests) and follows the world\'s changes', async () => {
    sim = await createLuxxonSimulator({ scenario: 'no-coverage' });
    await fetch(`${sim.url}/v1/live-views`, { method: 'OPTIONS' });
    await liveView(sim.url);
    await fetch(`${sim.url}/__simulator/operator-online`, { method: 'POST' });
    expect((await liveView(sim.url)).status).toBe(201);
    sim.setScenario('session-expired');
    expect((await liveView(sim.url)).status).toBe(401);
    expect(sim.requests().map((r) => [r.n, r.status, r.requestId])).toEqual([
      [1, 503, 'req_sim_00001'],
      [2, 201, 'req_sim_00002'],
      [3, 401, 'req_sim_00003'],
    ]);
    await sim.waitForCount(3, { method: 'POST', path: '/v1/live-views' });
  });

  it('switches scenario through the control endpoint, and refuses unknown ones', async () => {
    sim = await createLuxxonSimulator();
    const post = (path: string, body: unknown) => fetch(`${sim!.url}${path}`, { method: 'POST', body: JSON.stringify(body) });
    expect((await post('/__simulator/scenario', { name: 'no-credit' })).status).toBe(200);
    expect(sim.scenario()).toMatchObject({ name: 'no-credit', world: { creditSeconds: 0 } });
    expect((await post('/__simulator/scenario', { name: 'chaos' })).status).toBe(400);
    const res = await liveView(sim.url);
    expect([res.status, ((await res.json()) as { code: string }).code]).toEqual([400, 'NO_CREDIT']);
  });
});
