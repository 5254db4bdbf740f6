import { readFileSync } from 'node:fs';
import path from 'node:path';
import { flattenResource, type Json } from './flattenResource';
import { error, type Problem } from './Problem';

/** A locale file read and flattened, or why it could not be. */
export type ReadLocaleFile =
  | { readonly ok: true; readonly json: Json; readonly leaves: Map<string, Json> }
  | { readonly ok: false; readonly missing: boolean; readonly problem: Problem };

/**
 * Reads `file` (relative to `root`) as a locale resource: a JSON object of
 * strings, nested by key segment.
 *
 * @example readLocaleFile(process.cwd(), 'locales/fr/luxxon.json')
 */
export function readLocaleFile(root: string, file: string): ReadLocaleFile {
  let text: string;
  try {
    text = readFileSync(path.join(root, file), 'utf8');
  } catch {
    return { ok: false, missing: true, problem: error(file, undefined, 'file is missing') };
  }
  let json: Json;
  try {
    json = JSON.parse(text) as Json;
  } catch (cause) {
    return { ok: false, missing: false, problem: error(file, undefined, `not valid JSON: ${(cause as Error).message}`) };
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return { ok: false, missing: false, problem: error(file, undefined, 'must be a JSON object of strings') };
  }
  return { ok: true, json, leaves: flattenResource(json) };
}
