import { readProperty } from './readEnvelope';

// What bundlers and browsers say when a lazy chunk (or its CSS) is gone: webpack's
// ChunkLoadError and "Loading CSS chunk … failed", Vite's "Unable to preload CSS",
// Chromium's "Failed to fetch dynamically imported module", Firefox's "error loading
// dynamically imported module", Safari's "Importing a module script failed".
const CHUNK_FAILURE =
  /failed to fetch dynamically imported module|error loading dynamically imported module|importing a module script failed|loading (css )?chunk \S+ failed|unable to preload css/i;

/** Whether a thrown value means a part of the app that loads on demand is gone (a new version is out). */
export function isChunkLoadFailure(value: unknown): boolean {
  const name = readProperty(value, 'name');
  const message = readProperty(value, 'message');
  return name === 'ChunkLoadError' || (typeof message === 'string' && CHUNK_FAILURE.test(message));
}
