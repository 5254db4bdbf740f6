import { vi } from 'vitest';
import { createLuxxonError } from '../testing/createLuxxonError';

/** A queryFn that fails `times` times with the API's error for `code`, then returns `value`; counts requests. */
export function failsTimes(times: number, code: string, value = 'live') {
  let n = 0;
  return vi.fn(async () => {
    n += 1;
    if (n <= times) throw createLuxxonError(code);
    return value;
  });
}

/** A queryFn that fails once with the API's error for `code`, then returns `'live'`. */
export function failsOnce(code: string) {
  return failsTimes(1, code);
}
