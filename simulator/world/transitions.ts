import { worldFor, type ScenarioName, type ScenarioOptions } from './scenarios';
import type { World } from './World';

// What happens to the world outside the API's requests (in real life: an
// operator's app, the billing console, the sign-in page). Each returns a new
// world; none mutates its input.

/**
 * One more operator online: NO_COVERAGE ends.
 *
 * @example bringOperatorOnline(worldFor('no-coverage')).operatorsOnline // 1
 */
export function bringOperatorOnline(world: World): World {
  return { ...world, operatorsOnline: world.operatorsOnline + 1 };
}

/**
 * The workspace tops up `seconds` of live view (the billing console).
 *
 * @example topUp(worldFor('no-credit'), 600).creditSeconds // 600
 */
export function topUp(world: World, seconds: number): World {
  return { ...world, creditSeconds: world.creditSeconds + seconds };
}

/**
 * The user signs in: the API issues a new token and accepts it from now on.
 *
 * @example signIn(worldFor('session-expired')).token // 'demo-session-2'
 */
export function signIn(world: World): { readonly world: World; readonly token: string } {
  const token = `demo-session-${world.tokensIssued + 2}`;
  return { token, world: { ...world, tokensIssued: world.tokensIssued + 1, validTokens: [...world.validTokens, token] } };
}

/**
 * Starts over from `name`'s world, keeping the counters (request ids and
 * tokens keep counting up, as on a real server whose state changed).
 *
 * @example switchScenario(world, 'ok').fault // undefined
 */
export function switchScenario(world: World, name: ScenarioName, options?: ScenarioOptions): World {
  return { ...worldFor(name, options), served: world.served, tokensIssued: world.tokensIssued };
}
