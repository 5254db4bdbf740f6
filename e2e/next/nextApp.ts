import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository and the example app in it. */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const EXAMPLE_ROOT = path.join(REPO_ROOT, 'examples', 'next');

/** Next.js sends nothing anywhere (no telemetry) and runs its production build (Vitest sets NODE_ENV=test). */
const NEXT_ENV = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' };
/** npm without NODE_ENV=production, which would leave out the devDependencies `next build` type-checks with. */
const NPM_ENV = { ...process.env, NODE_ENV: undefined, NEXT_TELEMETRY_DISABLED: '1' };

function run(command: string, args: readonly string[], label: string, timeoutMs: number, env: NodeJS.ProcessEnv = NEXT_ENV): void {
  const started = Date.now();
  const result = spawnSync(command, args, { cwd: EXAMPLE_ROOT, env, encoding: 'utf8', timeout: timeoutMs });
  if (result.status !== 0) {
    throw new Error(`next e2e: ${label} failed (exit ${result.status ?? result.signal})\n${result.stdout}\n${result.stderr}`);
  }
  console.log(`next e2e: ${label} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

/** Whether examples/next/node_modules holds this build of the kit (install-links copies it, so a rebuild makes it stale). */
function installedKitIsCurrent(): boolean {
  const installed = path.join(EXAMPLE_ROOT, 'node_modules', '@luxxon', 'react-errors', 'dist', 'index.js');
  const lockInstalled = path.join(EXAMPLE_ROOT, 'node_modules', '.package-lock.json');
  if (!existsSync(installed) || !existsSync(lockInstalled)) return false;
  const sameKit = readFileSync(installed, 'utf8') === readFileSync(path.join(REPO_ROOT, 'dist', 'index.js'), 'utf8');
  const hiddenLock = JSON.parse(readFileSync(lockInstalled, 'utf8')) as { packages: Record<string, { version?: string }> };
  const lock = JSON.parse(readFileSync(path.join(EXAMPLE_ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, { version?: string }> };
  const sameTree = Object.entries(lock.packages).every(([key, entry]) => key === '' || hiddenLock.packages[key]?.version === entry.version);
  return sameKit && sameTree;
}

/**
 * Installs examples/next from its own lockfile (`npm ci`: the npm registry,
 * and the kit packed from this repository's dist/ through `file:../..` with
 * install-links) unless what is installed is already this build, then
 * builds it with `next build`. Call after the package build.
 */
export function buildExample(): void {
  // NEXT_E2E_NO_BUILD=1 reuses the last install and build (while changing only the tests).
  if (process.env.NEXT_E2E_NO_BUILD === '1' && existsSync(path.join(EXAMPLE_ROOT, '.next', 'BUILD_ID'))) return;
  if (!installedKitIsCurrent()) run('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], 'npm ci in examples/next', 300_000, NPM_ENV);
  run(path.join(EXAMPLE_ROOT, 'node_modules', '.bin', 'next'), ['build'], 'next build', 300_000);
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (address === null || typeof address === 'string') throw new Error('next e2e: no free port');
  return address.port;
}

/** A running `next start`. */
export interface NextServer {
  readonly url: string;
  /** What the server printed (errors it logged while rendering end up here). */
  readonly output: () => string;
  readonly stop: () => Promise<void>;
}

/** `next start` on 127.0.0.1 with a free port; resolves once it answers. */
export async function startExample(): Promise<NextServer> {
  const port = await freePort();
  const child: ChildProcess = spawn(path.join(EXAMPLE_ROOT, 'node_modules', '.bin', 'next'), ['start', '--hostname', '127.0.0.1', '--port', String(port)], {
    cwd: EXAMPLE_ROOT,
    env: NEXT_ENV,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`next e2e: next start exited (${child.exitCode})\n${output}`);
    try {
      const res = await fetch(`${url}/api/codes/NO_COVERAGE`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`next e2e: next start did not answer within 60 s\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    url,
    output: () => output,
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5_000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
    },
  };
}
