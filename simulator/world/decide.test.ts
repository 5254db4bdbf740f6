import { describe, expect, it } from 'vitest';
import { decide, DETAIL_MARKER, HTML_ERROR_PAGE, type ApiRequest } from './decide';
import { SIMULATED_PLACE } from './liveView';
import { SCENARIOS, worldFor } from './scenarios';
import { bringOperatorOnline, signIn, switchScenario, topUp } from './transitions';
import { createWorld, DEMO_TOKEN, type World } from './World';

const AT = '2026-05-13T08:30:00.000Z';

function liveView(maxDurationSeconds: unknown = 60, authorization: string | undefined = `Bearer ${DEMO_TOKEN}`): ApiRequest {
  return { method: 'POST', path: '/v1/live-views', authorization, body: { lat: 38.7075, lng: -9.1364, maxDurationSeconds }, receivedAt: AT };
}

/** Answers `requests` in turn from `world`; returns each answer and the last world. */
function run(world: World, ...requests: ApiRequest[]) {
  const answers = [];
  for (const request of requests) {
    const decision = decide(request, world);
    answers.push(decision.answer);
    world = decision.world;
  }
  return { answers, world };
}

const json = (body: string) => JSON.parse(body) as Record<string, unknown>;

describe('decide', () => {
  it.each([
    ['ok', 201, undefined],
    ['no-coverage', 503, 'NO_COVERAGE'],
    ['session-expired', 401, 'NOT_AUTHENTICATED'],
    ['insufficient-credit', 400, 'INSUFFICIENT_CREDIT'],
    ['no-credit', 400, 'NO_CREDIT'],
    ['unknown-code', 429, 'RATE_LIMITED'],
    ['html-500', 500, undefined],
    ['flaky', 503, 'DATABASE_ERROR'],
  ] as const)('scenario %s: a 60 s live view gets %i %s', (scenario, status, code) => {
    const { answer } = decide(liveView(60), worldFor(scenario));
    expect([answer.status, answer.code]).toEqual([status, code]);
  });

  it('covers every scenario in the table above', () => {
    expect(SCENARIOS).toHaveLength(8);
  });

  it('answers errors with the envelope {statusCode, code, message, detail, timestamp}, detail marked as diagnostics', () => {
    const { answer } = decide(liveView(), worldFor('no-coverage'));
    const body = json(answer.body);
    expect(Object.keys(body).sort()).toEqual(['code', 'detail', 'message', 'statusCode', 'timestamp']);
    expect(body).toMatchObject({ statusCode: 503, code: 'NO_COVERAGE', message: 'No ONLINE operator covers the requested point.', timestamp: AT });
    expect(body['detail']).toContain(DETAIL_MARKER);
    expect(body['detail']).toContain('request=req_sim_00001');
    expect(answer.headers['content-type']).toBe('application/json; charset=utf-8');
  });

  it('sends the fault\'s own message for codes the error page does not list', () => {
    const body = json(decide(liveView(), worldFor('unknown-code', { code: 'SLOW_DOWN', status: 420 })).answer.body);
    expect(body).toMatchObject({ statusCode: 420, code: 'SLOW_DOWN', message: 'Too many live views requested from this workspace; slow down.' });
  });

  it('numbers every request in x-request-id, answers and refusals alike, across scenario switches', () => {
    const first = run(worldFor('session-expired'), liveView(), { ...liveView(), path: '/v1/nowhere' });
    const { answers } = run(switchScenario(first.world, 'ok'), liveView());
    expect([...first.answers, ...answers].map((a) => [a.requestId, a.headers['x-request-id']])).toEqual([
      ['req_sim_00001', 'req_sim_00001'],
      ['req_sim_00002', 'req_sim_00002'],
      ['req_sim_00003', 'req_sim_00003'],
    ]);
    expect(answers[0]?.status).toBe(201);
  });

  it('sends Retry-After (the world\'s seconds) on every 503 and on nothing else', () => {
    const noCoverage = decide(liveView(), worldFor('no-coverage', { retryAfterSeconds: 7 })).answer;
    const flaky = decide(liveView(), worldFor('flaky', { retryAfterSeconds: 3 })).answer;
    const refused = decide(liveView(), worldFor('no-credit', { retryAfterSeconds: 7 })).answer;
    expect([noCoverage.retryAfter, noCoverage.headers['retry-after']]).toEqual(['7', '7']);
    expect(flaky.headers['retry-after']).toBe('3');
    expect(refused.retryAfter).toBeUndefined();
    expect(refused.headers).not.toHaveProperty('retry-after');
  });

  it('grants a live view and spends the credit; a request over the rest is INSUFFICIENT_CREDIT', () => {
    const { answers, world } = run(createWorld({ creditSeconds: 100 }), liveView(60), liveView(60), liveView(40));
    expect(answers.map((a) => a.status)).toEqual([201, 400, 201]);
    expect(json(answers[0]!.body)).toEqual({ id: 'lv_0001', place: SIMULATED_PLACE, maxDurationSeconds: 60 });
    expect(answers[1]?.code).toBe('INSUFFICIENT_CREDIT');
    expect(world.creditSeconds).toBe(0);
    expect(decide(liveView(1), world).answer.code).toBe('NO_CREDIT');
  });

  it('applies the rules in the real API\'s order: authentication, validation, credit, coverage', () => {
    const broke = createWorld({ operatorsOnline: 0, creditSeconds: 0, validTokens: [] });
    expect(decide(liveView(), broke).answer.code).toBe('NOT_AUTHENTICATED');
    expect(decide(liveView('sixty'), { ...broke, validTokens: [DEMO_TOKEN] }).answer.code).toBe('INVALID_INPUT');
    expect(decide(liveView(), { ...broke, validTokens: [DEMO_TOKEN] }).answer.code).toBe('NO_CREDIT');
    expect(decide(liveView(), { ...broke, validTokens: [DEMO_TOKEN], creditSeconds: 60 }).answer.code).toBe('NO_COVERAGE');
  });

  it.each([
    ['no body', undefined],
    ['the old { seconds } shape', { seconds: 60 }],
    ['a fractional duration', { lat: 0, lng: 0, maxDurationSeconds: 1.5 }],
    ['a latitude off the globe', { lat: 91, lng: 0, maxDurationSeconds: 60 }],
  ])('refuses %s with 400 INVALID_INPUT', (_, body) => {
    expect(decide({ ...liveView(), body }, createWorld()).answer).toMatchObject({ status: 400, code: 'INVALID_INPUT' });
  });

  it('refuses a missing or unknown bearer token with 401 NOT_AUTHENTICATED', () => {
    expect(decide({ ...liveView(), authorization: undefined }, createWorld()).answer.code).toBe('NOT_AUTHENTICATED');
    expect(decide(liveView(60, 'Bearer demo-session-9'), createWorld()).answer.code).toBe('NOT_AUTHENTICATED');
    expect(decide(liveView(60, DEMO_TOKEN), createWorld()).answer.code).toBe('NOT_AUTHENTICATED');
  });

  it('signs in on POST /v1/auth/login: a new token, accepted from then on', () => {
    const login: ApiRequest = { method: 'POST', path: '/v1/auth/login', authorization: undefined, body: {}, receivedAt: AT };
    const { answers } = run(worldFor('session-expired'), liveView(), login, liveView(60, 'Bearer demo-session-2'));
    expect(answers.map((a) => a.status)).toEqual([401, 200, 201]);
    expect(json(answers[1]!.body)).toEqual({ token: 'demo-session-2' });
  });

  it('answers 404 NOT_FOUND to anything but the two endpoints', () => {
    expect(decide({ ...liveView(), method: 'GET' }, createWorld()).answer).toMatchObject({ status: 404, code: 'NOT_FOUND' });
    expect(decide({ ...liveView(), path: '/v1/sessions' }, createWorld()).answer).toMatchObject({ status: 404, code: 'NOT_FOUND' });
  });

  it('a flaky API fails `failures` times, then recovers', () => {
    const { answers } = run(worldFor('flaky', { failures: 2 }), liveView(), liveView(), liveView());
    expect(answers.map((a) => [a.status, a.code])).toEqual([[503, 'DATABASE_ERROR'], [503, 'DATABASE_ERROR'], [201, undefined]]);
  });

  it('html-500 sends the proxy\'s HTML page, not an envelope, until the scenario changes', () => {
    const { answers } = run(worldFor('html-500'), liveView(), liveView());
    expect(answers.map((a) => [a.status, a.code, a.body, a.headers['content-type']])).toEqual([
      [500, undefined, HTML_ERROR_PAGE, 'text/html; charset=utf-8'],
      [500, undefined, HTML_ERROR_PAGE, 'text/html; charset=utf-8'],
    ]);
  });

  it('never mutates the world it is given', () => {
    const world = Object.freeze(worldFor('flaky'));
    expect(() => decide(liveView(), world)).not.toThrow();
    expect(world.served).toBe(0);
    expect(world.fault?.remaining).toBe(2);
  });
});

describe('the world\'s transitions', () => {
  it('an operator comes online: the next request gets the live view', () => {
    const { answers } = run(bringOperatorOnline(worldFor('no-coverage')), liveView());
    expect(answers[0]?.status).toBe(201);
  });

  it('a top-up covers the request that was refused', () => {
    const world = worldFor('insufficient-credit', { creditSeconds: 45 });
    expect(decide(liveView(60), world).answer.code).toBe('INSUFFICIENT_CREDIT');
    expect(decide(liveView(60), topUp(world, 600)).answer.status).toBe(201);
  });

  it('answers the wallet to a signed-in GET only, and keeps the live views\' fault to them', () => {
    const wallet = (authorization: string | undefined): ApiRequest => ({ method: 'GET', path: '/v1/wallet', authorization, body: undefined, receivedAt: AT });
    const answerOf = (request: ApiRequest, world: World) => {
      const { answer } = decide(request, world);
      return [answer.status, answer.code ?? json(answer.body)];
    };
    expect(answerOf(wallet(`Bearer ${DEMO_TOKEN}`), worldFor('insufficient-credit', { creditSeconds: 45 }))).toEqual([200, { creditSeconds: 45 }]);
    expect(answerOf(wallet(`Bearer ${DEMO_TOKEN}`), worldFor('html-500'))).toEqual([200, { creditSeconds: 3600 }]);
    expect(answerOf(wallet(`Bearer ${DEMO_TOKEN}`), worldFor('session-expired'))).toEqual([401, 'NOT_AUTHENTICATED']);
    expect(answerOf(wallet(undefined), worldFor('ok'))).toEqual([401, 'NOT_AUTHENTICATED']);
    expect(answerOf(wallet('Bearer demo-session-2'), signIn(worldFor('session-expired')).world)).toEqual([200, { creditSeconds: 3600 }]);
    expect(answerOf({ ...wallet(`Bearer ${DEMO_TOKEN}`), method: 'POST' }, worldFor('ok'))).toEqual([404, 'NOT_FOUND']);
  });

  it('sign-ins issue one new token each; the old ones stay valid', () => {
    const first = signIn(worldFor('ok'));
    const second = signIn(first.world);
    expect([first.token, second.token]).toEqual(['demo-session-2', 'demo-session-3']);
    expect(second.world.validTokens).toEqual([DEMO_TOKEN, 'demo-session-2', 'demo-session-3']);
  });

  it('switching scenario starts the world over but keeps counting requests and tokens', () => {
    const { world } = run(worldFor('ok'), liveView(), liveView());
    const switched = switchScenario(signIn(world).world, 'no-coverage');
    expect(switched).toMatchObject({ operatorsOnline: 0, served: 2, tokensIssued: 1, validTokens: [DEMO_TOKEN] });
  });
});
