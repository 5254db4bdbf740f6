import { fileURLToPath } from 'node:url';
import { defineConfig } from 'tsdown';

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    core: 'src/core/index.ts',
    testing: 'src/testing/index.ts',
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
  // React Server Components: the React entry is a client module; the core is not.
  outputOptions: {
    banner: (chunk) => (chunk.isEntry && chunk.name === 'index' ? "'use client';" : ''),
  },
  copy: [{ from: 'src/styles.css', to: 'dist' }],
  sourcemap: true,
  clean: true,
});
