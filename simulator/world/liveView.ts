/** The path of the one business endpoint the simulated API has. */
export const LIVE_VIEWS_PATH = '/v1/live-views';

/** The path that signs the user in again and answers `{ token }`. */
export const LOGIN_PATH = '/v1/auth/login';

/** `POST /v1/live-views` body, as the Luxxon API's own example sends it. */
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

/** The place every granted live view shows (the apps render it as their content). */
export const SIMULATED_PLACE = 'Praça do Comércio, Lisboa';

/**
 * Whether `body` is a valid live-view request (else 400 INVALID_INPUT).
 *
 * @example isLiveViewRequest({ lat: 38.7, lng: -9.1, maxDurationSeconds: 60 }) // true
 */
export function isLiveViewRequest(body: unknown): body is LiveViewRequestBody {
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

/**
 * A request body as the API reads it: JSON, or `undefined` for none or
 * anything that does not parse.
 *
 * @example parseBody('{"a":1}') // { a: 1 }
 */
export function parseBody(text: string | undefined): unknown {
  if (text === undefined || text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
