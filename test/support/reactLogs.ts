import { version } from 'react';

/** The React the tests run with is 18 (npm run test:peers), not 19. */
export const REACT_18 = version.startsWith('18.');

/**
 * `console.error` calls, less the one React 18 makes for every error a
 * boundary catches ("The above error occurred in the <X> component"): React
 * 18 has no `onCaughtError` to route it, so it is not a warning of the kit's.
 * On React 19 nothing is left out.
 */
export function consoleErrorsBesidesCaught(calls: readonly (readonly unknown[])[]): readonly (readonly unknown[])[] {
  return calls.filter((args) => !(REACT_18 && typeof args[0] === 'string' && args[0].startsWith('The above error occurred in')));
}
