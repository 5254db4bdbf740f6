/**
 * `npm run size:check`: fails when what a consumer's bundler pulls in from
 * the built package (min+gzip, peers external) passes its budget. Run after
 * `npm run build`. Numbers in bytes; 1 KB = 1024 bytes.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { measureKitSize, type Size } from '../bench/size/measureKitSize';
import { SIZE_BUDGETS, SIZE_CEILINGS } from '../bench/size/sizeBudgets';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const size = await measureKitSize(repoRoot);

const kb = (bytes: number) => `${(bytes / 1024).toFixed(2)} KB`;
const line = (label: string, s: Size, budget?: number, ceiling?: number) =>
  `${label.padEnd(44)} ${String(s.minBytes).padStart(7)} B min  ${String(s.gzipBytes).padStart(6)} B gz (${kb(s.gzipBytes)})` +
  (budget === undefined ? '' : `  CI guard ${kb(budget)}  ${s.gzipBytes <= budget ? 'ok' : 'OVER'}`) +
  (ceiling === undefined ? '' : `  ceiling ${kb(ceiling)}  ${s.gzipBytes <= ceiling ? 'met' : 'NOT MET'}`);

console.log('Size of @luxxon/react-errors, min+gzip, peers external (react, react-dom, @tanstack/react-query, i18next, react-i18next)');
console.log(line('kit (.) incl. react-error-boundary', size.kit, SIZE_BUDGETS.kit, SIZE_CEILINGS.kit));
console.log(line('  without react-error-boundary', size.kitWithoutErrorBoundary));
console.log(line('  English strings in it (JSON alone)', size.englishStrings));
console.log(line('typical import (provider, boundary, fetch)', size.typicalImport));
console.log(line('./core', size.core, SIZE_BUDGETS.core, SIZE_CEILINGS.core));
for (const [locale, s] of Object.entries(size.locales)) console.log(line(`lazy locale ${locale}`, s));
console.log(line('styles.css', size.css));
// The error lab: its own entry, so 0 B in the main entry (test/contracts/devtools.bundle.test.ts).
console.log(line('devtools (./devtools/production, with the kit)', size.devtools));
console.log(line('./devtools in a production build', size.devtoolsInProduction));

const over = [
  size.kit.gzipBytes > SIZE_BUDGETS.kit && `the kit is ${size.kit.gzipBytes} B gz, budget ${SIZE_BUDGETS.kit} B`,
  size.core.gzipBytes > SIZE_BUDGETS.core && `./core is ${size.core.gzipBytes} B gz, budget ${SIZE_BUDGETS.core} B`,
].filter((message): message is string => typeof message === 'string');
if (over.length > 0) {
  console.error(`\nsize:check failed: ${over.join('; ')}. See \`npm run bench\` for what takes the room.`);
  process.exitCode = 1;
}
