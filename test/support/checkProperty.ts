import fc from 'fast-check';

/** The line every property run logs; {@link PropertyCountReporter} adds them up for the whole run. */
export const PROPERTY_LOG = /^\[property\] (.+): (\d+) cases( FAILED)?$/;

/**
 * Runs a fast-check property, fails with fast-check's report (seed, path,
 * counterexample) when it does not hold, logs how many cases ran and returns
 * that number so the test can assert it.
 */
export async function checkProperty<Ts>(
  name: string,
  property: fc.IProperty<Ts> | fc.IAsyncProperty<Ts>,
  params: fc.Parameters<Ts>,
): Promise<number> {
  const details = await fc.check(property, params);
  console.info(`[property] ${name}: ${details.numRuns} cases${details.failed ? ' FAILED' : ''}`);
  if (details.failed) throw new Error(fc.defaultReportMessage(details) ?? `${name}: property failed`);
  return details.numRuns;
}

/**
 * {@link checkProperty} for `numRuns` cases, failing unless every one of them
 * ran and held: the one way a test runs a property.
 *
 * @example await expectPropertyHolds('isSafeHref(any string)', fc.property(fc.string(), check), 10_000);
 */
export async function expectPropertyHolds<Ts>(
  name: string,
  property: fc.IProperty<Ts> | fc.IAsyncProperty<Ts>,
  numRuns: number,
  params: Omit<fc.Parameters<Ts>, 'numRuns'> = {},
): Promise<void> {
  const runs = await checkProperty(name, property, { ...params, numRuns });
  if (runs !== numRuns) throw new Error(`${name}: ${runs} of ${numRuns} cases ran`);
}
