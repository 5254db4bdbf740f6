import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { AppCodes } from '../../src/core/codes/appCodes';
import { placeholdersOf } from './placeholders';
import { error, warning, type Problem } from './Problem';
import { readLocaleFile } from './readLocaleFile';

/** Inputs of {@link checkAppStrings}. */
export interface AppStringsOptions {
  /** The folder all paths are relative to (the app's root). */
  readonly root: string;
  /** The app's kit strings: `<dir>/<lng>/luxxon.json`, one folder per language. */
  readonly dir: string;
  /** The language the others are translated from. Default `en`. */
  readonly sourceLocale?: string;
  /** Every key the kit itself has (an app may override any of them). */
  readonly kitKeys: ReadonlySet<string>;
  /** The codes the app passes to `<LuxxonProvider codes>`, when known: each must have its title and description. */
  readonly codes?: AppCodes;
}

const CODE_KEY = /^code\.([^.]+)\.(title|description)$/;
/** A plural form's key, as a locale file holds it (`waiting.countdown_one`), is its kit key without the suffix. */
const PLURAL = /_(zero|one|two|few|many|other)$/;
const APP_CODE = /^[A-Z][A-Z\d_]*$/;

/**
 * Checks an app's own strings for the kit's namespace (its texts for the
 * codes it maps with `<LuxxonProvider codes>`, and its overrides of the
 * kit's texts): every key is a kit key or `code.<CODE>.title|description`
 * for an `UPPER_SNAKE_CASE` code; every declared code has both in the
 * source language; every other language has exactly the source's keys,
 * non-empty strings with the same placeholders.
 *
 * @example checkAppStrings({ root: process.cwd(), dir: 'src/locales', kitKeys: new Set(kitKeys()), codes: APP_CODES })
 */
export function checkAppStrings({ root, dir, sourceLocale = 'en', kitKeys, codes = {} }: AppStringsOptions): { problems: Problem[]; locales: string[]; keys: number } {
  const problems: Problem[] = [];
  let locales: string[];
  try {
    locales = readdirSync(path.join(root, dir), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort();
  } catch {
    return { problems: [error(dir, undefined, 'folder is missing: one <lng>/luxxon.json per language')], locales: [], keys: 0 };
  }
  const fileOf = (lng: string) => path.posix.join(dir.split(path.sep).join('/'), lng, 'luxxon.json');
  const source = readLocaleFile(root, fileOf(sourceLocale));
  if (!source.ok) return { problems: [source.problem], locales, keys: 0 };
  const sourceFile = fileOf(sourceLocale);

  const isKitKey = (key: string) => kitKeys.has(key) || kitKeys.has(key.replace(PLURAL, ''));
  for (const [key, value] of source.leaves) {
    const code = CODE_KEY.exec(key)?.[1];
    if (typeof value !== 'string' || value.trim() === '') problems.push(error(sourceFile, key, 'must be a non-empty string'));
    if (code !== undefined && !isKitKey(key)) {
      if (!APP_CODE.test(code)) problems.push(error(sourceFile, key, `"${code}" is not an UPPER_SNAKE_CASE code: the kit never looks this key up`));
      else if (!Object.hasOwn(codes, code) && Object.keys(codes).length > 0) {
        problems.push(warning(sourceFile, key, `${code} is not among the codes passed to <LuxxonProvider codes>: its text never shows`));
      }
    } else if (!isKitKey(key)) {
      problems.push(error(sourceFile, key, 'neither a kit key nor code.<CODE>.title|description: the kit never looks it up'));
    }
  }
  for (const code of Object.keys(codes)) {
    if (!APP_CODE.test(code)) {
      problems.push(error(sourceFile, undefined, `codes: "${code}" is not an UPPER_SNAKE_CASE code, so the kit ignores it`));
      continue;
    }
    for (const part of ['title', 'description']) {
      const key = `code.${code}.${part}`;
      if (!source.leaves.has(key)) problems.push(error(sourceFile, key, `missing: ${code} is in codes, and its screen shows the generic ${part} without it`));
    }
  }

  for (const lng of locales.filter((l) => l !== sourceLocale)) {
    const file = fileOf(lng);
    const read = readLocaleFile(root, file);
    if (!read.ok) {
      problems.push(read.problem);
      continue;
    }
    for (const [key, text] of source.leaves) {
      const translated = read.leaves.get(key);
      if (translated === undefined) problems.push(error(file, key, `missing (${sourceFile} has it)`));
      else if (typeof translated !== 'string' || translated.trim() === '') problems.push(error(file, key, 'must be a non-empty string'));
      else if (typeof text === 'string') {
        const want = placeholdersOf(text).sort().join(' ');
        const got = placeholdersOf(translated).sort().join(' ');
        if (want !== got) problems.push(error(file, key, `placeholders {{${got}}} differ from ${sourceFile}'s {{${want}}}`));
      }
    }
    for (const key of read.leaves.keys()) if (!source.leaves.has(key)) problems.push(error(file, key, `not in ${sourceFile}: remove it, or add it there first`));
  }
  return { problems, locales, keys: source.leaves.size };
}
