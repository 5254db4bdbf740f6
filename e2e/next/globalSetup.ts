import type { TestProject } from 'vitest/node';
import { ensureBuiltKit } from '../support/ensureBuiltKit';
import { buildExample, REPO_ROOT, startExample } from './nextApp';

declare module 'vitest' {
  export interface ProvidedContext {
    /** examples/next, built with `next build` and served by `next start` on 127.0.0.1. */
    nextUrl: string;
  }
}

/**
 * Once per run: the package is built, examples/next is installed from its
 * lockfile (the kit packed from dist/) and built, and `next start` serves it
 * on 127.0.0.1 with a free port. Its output is printed if a test fails on
 * something the server logged.
 */
export default async function setup(project: TestProject) {
  ensureBuiltKit(REPO_ROOT);
  buildExample();
  const server = await startExample();
  project.provide('nextUrl', server.url);
  return async () => {
    await server.stop();
    if (/error/i.test(server.output())) console.log(`next start printed:\n${server.output()}`);
  };
}
