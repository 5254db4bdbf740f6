import { vi } from 'vitest';
import { createLuxxonError } from '../testing/createLuxxonError';

/** A queryFn that fails once with the API's error for `code`, then returns `'live'`. */
export function failsOnce(code: string) {
  let n = 0;
  return vi.fn(async () => {
    n += 1;
    if (n === 1) throw createLuxxonError(code);
    return 'live';
  });
}
