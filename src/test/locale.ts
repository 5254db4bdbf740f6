import en from '../../locales/en/luxxon.json';
import es from '../../locales/es/luxxon.json';

type Json = { readonly [key: string]: string | Json };

/** Looks a key up in a shipped locale file, so tests assert the real strings. */
function lookup(resource: Json, key: string): string {
  const value = key.split('.').reduce<string | Json | undefined>((node, part) => (typeof node === 'object' ? node[part] : undefined), resource);
  if (typeof value !== 'string') throw new Error(`No string at ${key}`);
  return value;
}

/** The English string at `key` (e.g. `code.NO_CREDIT.title`). */
export const enText = (key: string) => lookup(en, key);
/** The Spanish string at `key`. */
export const esText = (key: string) => lookup(es, key);
