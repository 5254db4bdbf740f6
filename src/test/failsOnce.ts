import { createLuxxonError } from '../testing/createLuxxonError';
import { failing } from './failing';

/** A queryFn that fails once with the API's error for `code`, then returns `'live'`. */
export function failsOnce(code: string) {
  return failing([createLuxxonError(code)]);
}
