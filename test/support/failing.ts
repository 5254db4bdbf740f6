import { vi } from 'vitest';

/**
 * A queryFn that throws each of `errors` in turn, then resolves `value`; a
 * `vi.fn`, so tests count the requests. The one "fails, then recovers"
 * request of the tests ({@link failsTimes}, {@link failsOnce} and
 * {@link operatorComesOnline} are its common cases).
 *
 * @example renderWithLuxxon(<LiveView queryFn={failing([createLuxxonError('CONFLICT')], 'frame #1')} />)
 */
export function failing(errors: readonly unknown[], value = 'live') {
  let n = 0;
  return vi.fn(async (): Promise<string> => {
    n += 1;
    if (n <= errors.length) throw errors[n - 1];
    return value;
  });
}
