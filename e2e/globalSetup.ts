import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, preview } from 'vite';
import type { TestProject } from 'vitest/node';
import { demoViteConfig } from '../demo/demoViteConfig';
import { ensureBuiltKit } from './support/ensureBuiltKit';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The built demo app, served by `vite preview` on 127.0.0.1. */
    demoUrl: string;
  }
}

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Once per run: the package is built, the demo app is built against it
 * (`vite build`, production React, into a temporary folder) and served on
 * 127.0.0.1 with a free port. Production, not the dev server: no dependency
 * optimizer that may reload the page mid-test, and what users run.
 */
export default async function setup(project: TestProject) {
  ensureBuiltKit(REPO_ROOT);
  const outDir = await mkdtemp(path.join(os.tmpdir(), 'luxxon-demo-'));
  // Vitest sets NODE_ENV=test, which would give React's development build.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ ...demoViteConfig({ outDir }), mode: 'production' });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
  const server = await preview(demoViteConfig({ outDir }));
  const url = server.resolvedUrls?.local[0];
  if (url === undefined) throw new Error('e2e: vite preview did not report its URL');
  project.provide('demoUrl', url);
  return async () => {
    await server.close();
    await rm(outDir, { recursive: true, force: true });
  };
}
