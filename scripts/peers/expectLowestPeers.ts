import { version as reactVersion } from 'react';
import { version as reactDomVersion } from 'react-dom';
import manifest from './package.json';

/**
 * Setup file of npm run test:peers: every test file fails unless it really
 * runs on scripts/peers' React (an alias that missed would silently test
 * React 19 again). The other peers are aliased the same way.
 */
const wanted = manifest.dependencies;
if (reactVersion !== wanted.react || reactDomVersion !== wanted['react-dom']) {
  throw new Error(`test:peers: running on react ${reactVersion} / react-dom ${reactDomVersion}, not scripts/peers' ${wanted.react}`);
}
