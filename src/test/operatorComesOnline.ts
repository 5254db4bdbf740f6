import { createLuxxonError } from '../testing/createLuxxonError';
import { failing } from './failing';

/**
 * A queryFn that fails `times` times with `code` (a fresh error each time:
 * nobody is online yet), then returns `'operator 7'`; counts requests.
 */
export function operatorComesOnline(times: number, code = 'NO_COVERAGE') {
  return failing(Array.from({ length: times }, () => createLuxxonError(code)), 'operator 7');
}
