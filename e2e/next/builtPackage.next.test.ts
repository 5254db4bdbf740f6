import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SUPPORTED_LOCALES } from '../../src/i18n/locales';
import { ensureBuiltKit } from '../support/ensureBuiltKit';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const DIST = path.join(REPO_ROOT, 'dist');

beforeAll(() => ensureBuiltKit(REPO_ROOT));

const read = (file: string) => readFileSync(path.join(DIST, file), 'utf8');
/** A module is a client module when its first statement is the directive. */
const isClientModule = (file: string) => /^\s*(['"])use client\1;?/.test(read(file));

/** The `import { a as X, … } from './chunk.js'` statements of a dist file: which local chunk each name comes from. */
function importedFrom(file: string): Map<string, string> {
  const names = new Map<string, string>();
  for (const [, list, from] of read(file).matchAll(/^import \{([^}]*)\} from "\.\/([^"]+)";$/gm)) {
    for (const binding of list!.split(',')) {
      const local = binding.trim().split(/\s+as\s+/).at(-1)!;
      names.set(local, from!);
    }
  }
  return names;
}

/** Exports of `.` that touch neither React nor the DOM: a Server Component or a Route Handler may call them. */
const SERVER_SAFE = [
  'safeReturnUrl',
  'describeCode',
  'toLuxxonError',
  'fromResponse',
  'isLuxxonError',
  'LuxxonError',
  'LUXXON_ERROR_CODES',
  'resolveExperience',
  'luxxonRetry',
  'luxxonRetryDelay',
  'createRetryPolicy',
  'createLuxxonI18n',
  'addLuxxonResources',
  'loadLuxxonLocale',
  'matchLocale',
  'SUPPORTED_LOCALES',
];
const CLIENT_ONLY = ['LuxxonProvider', 'LuxxonErrorBoundary', 'LuxxonErrorScreen', 'useLuxxon', 'useLuxxonErrorBoundary'];

describe("the built package and React Server Components ('use client' only where it belongs)", () => {
  it('the entries are not client modules: `.`, `./core` and `./testing` may be imported from server code', () => {
    expect(isClientModule('index.js')).toBe(false);
    expect(isClientModule('core.js')).toBe(false);
    expect(isClientModule('testing.js')).toBe(false);
  });

  it('the components and hooks come from a client module; the pure exports of `.` from server modules', () => {
    const from = importedFrom('index.js');
    for (const name of CLIENT_ONLY) {
      expect(from.get(name), name).toBeDefined();
      expect(isClientModule(from.get(name)!), `${name} (from ${from.get(name)})`).toBe(true);
    }
    for (const name of SERVER_SAFE) {
      // Defined in the entry itself, or imported from a chunk that is not a client module.
      const chunk = from.get(name);
      if (chunk !== undefined) expect(isClientModule(chunk), `${name} (from ${chunk})`).toBe(false);
    }
    // Only the React chunk is a client module (besides the devtools' entries and their chunk), and server modules never import it.
    const DEVTOOLS = /^(devtools(-production)?|LuxxonDevtools-[\w-]+)\.js$/;
    for (const file of readdirSync(DIST).filter((f) => DEVTOOLS.test(f))) expect(isClientModule(file), file).toBe(true);
    const clientChunks = readdirSync(DIST).filter((f) => f.endsWith('.js') && isClientModule(f) && !DEVTOOLS.test(f));
    expect(clientChunks).toEqual([expect.stringMatching(/^client-[\w-]+\.js$/)]);
    for (const file of readdirSync(DIST).filter((f) => f.endsWith('.js') && f !== 'index.js' && !isClientModule(f))) {
      expect([...importedFrom(file).values()], file).not.toContain(clientChunks[0]);
    }
  });

  it('the pure exports of `.` run in plain Node', async () => {
    const kit = (await import(pathToFileURL(path.join(DIST, 'index.js')).href)) as typeof import('../../src/index');
    expect(kit.safeReturnUrl('/billing?x=1', 'https://app.example')).toBe('/billing?x=1');
    // Another origin falls back to the app's root.
    expect(kit.safeReturnUrl('https://evil.example/', 'https://app.example')).toBe('/');
    expect(kit.describeCode('NO_COVERAGE')).toMatchObject({ kind: 'waiting' });
    const error = kit.toLuxxonError({ statusCode: 402, code: 'NO_CREDIT', message: 'No credit left', detail: 'x', timestamp: '2026-01-01T00:00:00Z' });
    expect(kit.isLuxxonError(error) && error.code).toBe('NO_CREDIT');
    expect(kit.matchLocale('pt')).toBe('pt-BR');
    const i18n = kit.createLuxxonI18n('es-CO');
    await expect(kit.loadLuxxonLocale(i18n, 'es-CO')).resolves.toBe('es');
  });

  it('`.` exports the names of src/index.ts and nothing else (no chunk-internal names)', async () => {
    const names = async (module: Promise<object>) => Object.keys(await module).sort();
    expect(await names(import(pathToFileURL(path.join(DIST, 'index.js')).href))).toEqual(await names(import('../../src/index')));
  });

  it('each lazy locale chunk is named after its language', () => {
    const chunks = readdirSync(DIST).filter((f) => /^luxxon-.+\.js$/.test(f));
    const byLocale = new Map(chunks.map((f) => [/^luxxon-(.+)\.js$/.exec(f)?.[1], f]));
    expect([...byLocale.keys()].sort()).toEqual(SUPPORTED_LOCALES.filter((l) => l !== 'en').sort());
    for (const [locale, file] of byLocale) expect(read(file!)).toContain(`//#region locales/${locale}/luxxon.json`);
  });
});

describe("`import '@luxxon/react-errors/styles.css'` type-checks without a bundler's types", () => {
  let app: string;
  beforeAll(() => {
    app = mkdtempSync(path.join(os.tmpdir(), 'luxxon-styles-types-'));
    mkdirSync(path.join(app, 'node_modules', '@luxxon'), { recursive: true });
    symlinkSync(REPO_ROOT, path.join(app, 'node_modules', '@luxxon', 'react-errors'), 'dir');
    writeFileSync(
      path.join(app, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          target: 'ES2022',
          module: 'ESNext',
          moduleResolution: 'Bundler',
          jsx: 'react-jsx',
          strict: true,
          noEmit: true,
          skipLibCheck: true,
          noUncheckedSideEffectImports: true,
          types: [],
          typeRoots: [path.join(REPO_ROOT, 'node_modules', '@types')],
        },
        include: ['*.ts', '*.tsx'],
      }),
    );
  });
  afterAll(() => rmSync(app, { recursive: true, force: true }));

  const tsc = (source: string) => {
    writeFileSync(path.join(app, 'main.tsx'), source);
    const result = spawnSync(path.join(REPO_ROOT, 'node_modules', '.bin', 'tsc'), ['-p', app], { encoding: 'utf8', timeout: 60_000 });
    return { status: result.status, output: `${result.stdout}${result.stderr}` };
  };

  it('the stylesheet and the entry resolve through package.json#exports', () => {
    const result = tsc("import '@luxxon/react-errors/styles.css';\nimport { describeCode } from '@luxxon/react-errors';\nexport const kind = describeCode('NO_CREDIT').kind;\n");
    expect(result.output).toBe('');
    expect(result.status).toBe(0);
  });

  it('control: a stylesheet the package does not export is an error (the check is on)', () => {
    const result = tsc("import '@luxxon/react-errors/missing.css';\n");
    expect(result.output).toMatch(/error TS(2882|2307)/);
    expect(result.status).not.toBe(0);
  });
});

describe('examples/next installs from its own lockfile', () => {
  it('every package from the npm registry, and the kit from this repository (packed, not linked)', () => {
    const example = path.join(REPO_ROOT, 'examples', 'next');
    const lock = JSON.parse(readFileSync(path.join(example, 'package-lock.json'), 'utf8')) as {
      packages: Record<string, { resolved?: string; integrity?: string; link?: boolean }>;
    };
    const entries = Object.entries(lock.packages).filter(([key]) => key !== '');
    expect(entries.length).toBeGreaterThan(10);
    for (const [key, entry] of entries) {
      if (key === 'node_modules/@luxxon/react-errors') expect(entry).toMatchObject({ resolved: 'file:../..' });
      else {
        // A registry tarball: its integrity, and no other source (npm leaves `resolved` out for the registry here).
        expect(entry.integrity, key).toMatch(/^sha512-/);
        if (entry.resolved !== undefined) expect(entry.resolved, key).toMatch(/^https:\/\/registry\.npmjs\.org\//);
      }
      expect(entry.link, key).toBeUndefined();
    }
    expect(readFileSync(path.join(example, '.npmrc'), 'utf8')).toMatch(/^install-links=true$/m);
  });
});
