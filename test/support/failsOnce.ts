import { createLuxxonError } from '../../src/testing/createLuxxonError';
import { failing } from './failing';

/** A queryFn that fails `times` times with the API's error for `code` (a fresh error each time), then returns `value`; counts requests. */
export function failsTimes(times: number, code: string, value = 'live') {
  return failing(Array.from({ length: times }, () => createLuxxonError(code)), value);
}

/** A queryFn that fails once with the API's error for `code`, then returns `'live'`. */
export function failsOnce(code: string) {
  return failsTimes(1, code);
}
