import { failsTimes } from './failsOnce';

/** A queryFn that fails `times` times with `code` (nobody is online yet), then returns `'operator 7'`; counts requests. */
export function operatorComesOnline(times: number, code = 'NO_COVERAGE') {
  return failsTimes(times, code, 'operator 7');
}
