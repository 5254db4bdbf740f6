/** A promise with its `resolve` and `reject` outside, to hold a request or a sign-in open until the test lets go. */
export interface Deferred<T> {
  readonly promise: Promise<T>;
  readonly resolve: (value: T) => void;
  readonly reject: (reason: unknown) => void;
}

/**
 * A {@link Deferred}: the test decides when (and how) the promise settles.
 *
 * @example
 * const check = deferred<string>();
 * const queryFn = vi.fn(() => check.promise);
 * // … assert the pending state …
 * await act(async () => check.resolve('live'));
 */
export function deferred<T>(): Deferred<T> {
  let resolve: (value: T) => void = () => undefined;
  let reject: (reason: unknown) => void = () => undefined;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}
