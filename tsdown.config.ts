import { fileURLToPath } from 'node:url';
import { defineConfig } from 'tsdown';

/** React modules: client components and hooks. */
const REACT_MODULE = /[\\/]src[\\/]react[\\/]/;
/** The devtools' modules: their own entries, never in the main entry's chunks (test/contracts/devtools.bundle.test.ts). */
const DEVTOOLS_MODULE = /[\\/]src[\\/]devtools[\\/]/;
/** The i18next helpers and the bundled English strings: server-safe, shared by the entry and the client chunk. */
const I18N_MODULE = /[\\/](?:src[\\/]i18n[\\/][^\\/]+\.ts|locales[\\/]en[\\/]luxxon\.json)$/;
/** A module of the pure core (src/core/), not the `./core` entry's barrel. */
const CORE_MODULE = /[\\/]src[\\/]core[\\/].+[\\/][^\\/]+\.ts$/;
/** The `./core` entry's barrel. */
const CORE_ENTRY = /[\\/]src[\\/]core[\\/]index\.ts$/;
/** What a chunk group's `name` function may ask rolldown about a module. */
interface ChunkingContext {
  getModuleInfo(id: string): { readonly importers: readonly string[] } | null;
}
/** Whether the `./core` entry imports `id`, directly or through other modules. */
function inCoreEntry(id: string, ctx: ChunkingContext, seen = new Set<string>()): boolean {
  if (CORE_ENTRY.test(id)) return true;
  if (seen.has(id)) return false;
  seen.add(id);
  return (ctx.getModuleInfo(id)?.importers ?? []).some((importer) => inCoreEntry(importer, ctx, seen));
}
/** A module of the JavaScript build, not of the declaration build that shares the bundle. */
const isSource = (id: string) => !id.endsWith('.d.ts');
/** A shipped locale's strings, `locales/<lng>/luxxon.json`. */
const LOCALE_FILE = /[\\/]locales[\\/]([^\\/]+)[\\/]luxxon\.json$/;

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    core: 'src/core/index.ts',
    testing: 'src/testing/index.ts',
    devtools: 'src/devtools/index.ts',
    'devtools-production': 'src/devtools/production.ts',
  },
  format: 'esm',
  platform: 'neutral',
  target: 'es2022',
  // TypeScript 7 ships no JS compiler API, so rolldown-plugin-dts' default
  // (tsc API) mode crashes; its tsgo mode spawns a native tsc binary, and
  // TypeScript 7's own `tsc` is one.
  tsconfig: 'tsconfig.build.json',
  dts: { tsgo: { path: fileURLToPath(new URL('./node_modules/typescript/bin/tsc', import.meta.url)) } },
  deps: { neverBundle: [/^react($|\/)/, /^react-dom($|\/)/, '@tanstack/react-query', 'i18next', 'react-i18next', 'react-error-boundary'] },
  outputOptions: {
    // React Server Components: every React module (src/react/) goes into one
    // chunk, `client-<hash>.js`, and only that chunk is a client module. The
    // entry re-exports it, so the pure exports of `.` (safeReturnUrl,
    // describeCode, toLuxxonError, createLuxxonI18n, …) stay server modules,
    // callable from Server Components and Route Handlers.
    codeSplitting: {
      includeDependenciesRecursively: false,
      groups: [
        { name: 'client', test: (id) => isSource(id) && REACT_MODULE.test(id) },
        { name: 'i18n', test: (id) => isSource(id) && I18N_MODULE.test(id) },
        // The core that only the React chunk uses (the page's recovery, the screen model):
        // a server-safe chunk of its own. Left in the entry, the entry would re-export it to
        // the React chunk under one-letter names, and `import *` of `.` would list them.
        { name: (id, ctx) => (isSource(id) && CORE_MODULE.test(id) && !inCoreEntry(id, ctx) ? 'model' : null) },
      ],
    },
    banner: (chunk) => (chunk.moduleIds.some((id) => REACT_MODULE.test(id) || DEVTOOLS_MODULE.test(id)) ? "'use client';" : ''),
    // Lazy locale chunks are named after their language alone, luxxon-es.js: the
    // app's bundler hashes the chunks it emits, and each name is written into
    // the loaders of the up-front bundle (a hash here would cost every app's
    // main chunk 9 bytes per locale).
    chunkFileNames: (chunk) => {
      const [only, ...more] = chunk.moduleIds;
      const locale = more.length === 0 && only !== undefined ? LOCALE_FILE.exec(only)?.[1] : undefined;
      return locale === undefined ? '[name]-[hash].js' : `luxxon-${locale}.js`;
    },
  },
  copy: [
    { from: 'src/styles.css', to: 'dist' },
    { from: 'src/styles.css.d.ts', to: 'dist' },
    { from: 'src/devtools/devtools.css', to: 'dist' },
    { from: 'src/devtools/devtools.css.d.ts', to: 'dist' },
  ],
  sourcemap: true,
  clean: true,
});
