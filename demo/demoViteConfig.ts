import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import type { InlineConfig, Plugin } from 'vite';

/** The demo's folder (Vite's root). */
export const DEMO_ROOT = path.dirname(fileURLToPath(import.meta.url));

const REPO_ROOT = path.resolve(DEMO_ROOT, '..');

type ExportTarget = string | { readonly [condition: string]: ExportTarget };

/** What a browser bundler picks from one `exports` entry: `browser`, `import`, `default`, in that order. */
function pickTarget(target: ExportTarget | undefined): string | undefined {
  if (target === undefined || typeof target === 'string') return target;
  return pickTarget(target.browser ?? target.import ?? target.default);
}

/**
 * Resolves `@luxxon/react-errors` and its subpaths as a consumer's bundler
 * does: through the package's own `package.json#exports`, to `dist/`. The
 * demo therefore runs exactly what a consumer installs (the built entry, its
 * lazy locale chunks, `styles.css`), and an export that points at nothing
 * fails loudly. (Vite looks for packages in `node_modules` only, and the
 * repository is not linked there.)
 */
function packageFromDist(): Plugin {
  const manifest = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as {
    name: string;
    exports: Record<string, ExportTarget>;
  };
  return {
    name: 'luxxon-package-from-dist',
    enforce: 'pre',
    resolveId(source) {
      if (source !== manifest.name && !source.startsWith(`${manifest.name}/`)) return null;
      const subpath = `.${source.slice(manifest.name.length)}`;
      const target = pickTarget(manifest.exports[subpath]);
      if (target === undefined) throw new Error(`demo: ${source} is not exported by package.json#exports`);
      const file = path.join(REPO_ROOT, target);
      if (!existsSync(file)) throw new Error(`demo: ${source} → ${target}, which does not exist: run npm run build`);
      return file;
    },
  };
}

/**
 * The policy the built demo is served under (`vite preview`, so the
 * end-to-end tests run under it): scripts and styles from files only,
 * requests to the page's origin and to simulators on 127.0.0.1, and Trusted
 * Types enforced with no policy at all, so that any HTML string reaching a
 * DOM sink (`innerHTML` and the like) is refused. The dev server is left
 * without it (its hot reload injects scripts).
 */
export const DEMO_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self' http://127.0.0.1:*",
  "require-trusted-types-for 'script'",
  "trusted-types 'none'",
].join('; ');

/** Options of {@link demoViteConfig}. */
export interface DemoViteOptions {
  /** `vite build` output; default `demo/dist`. */
  readonly outDir?: string;
  /** Dev server port; default 0 (a free one). */
  readonly port?: number;
}

/**
 * The Vite configuration of the demo, for `createServer` (`npm run demo`) and
 * `build` (the end-to-end tests). Listens on 127.0.0.1 only.
 */
export function demoViteConfig({ outDir = path.join(DEMO_ROOT, 'dist'), port = 0 }: DemoViteOptions = {}): InlineConfig {
  return {
    configFile: false,
    root: DEMO_ROOT,
    // Its own dependency cache: Storybook and Vitest keep theirs, and runs do not disturb each other.
    cacheDir: path.join(DEMO_ROOT, '../node_modules/.vite-demo'),
    logLevel: 'warn',
    clearScreen: false,
    plugins: [react(), packageFromDist()],
    resolve: { dedupe: ['react', 'react-dom', '@tanstack/react-query', 'i18next', 'react-i18next'] },
    server: { host: '127.0.0.1', port, strictPort: port !== 0 },
    preview: { host: '127.0.0.1', port, strictPort: port !== 0, headers: { 'Content-Security-Policy': DEMO_CSP } },
    build: { outDir, emptyOutDir: true, sourcemap: true, reportCompressedSize: false },
  };
}
