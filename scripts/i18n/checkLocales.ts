import { readdirSync } from 'node:fs';
import path from 'node:path';
import { checkContext } from './checkContext';
import { checkPseudoLocale } from './checkPseudoLocale';
import { checkSourceLocale } from './checkSourceLocale';
import { checkStaleness } from './checkStaleness';
import { checkStrings } from './checkStrings';
import { checkTranslation } from './checkTranslation';
import { checkWording, readWordingRules, type WordingRule } from './checkWording';
import type { SourceKey } from './findSourceKeys';
import { error, type Problem } from './Problem';
import { readLocaleFile } from './readLocaleFile';
import { translatedFromFile } from './translatedFromFile';

/** Inputs of {@link checkLocales}. */
export interface CheckLocalesInput {
  /** Directory every path is relative to (the repository root). */
  readonly root: string;
  /** Folder of `<lng>/<namespace>.json` files, relative to `root`. */
  readonly localesDir: string;
  readonly namespace: string;
  /** The locale translations are made from (`en`). */
  readonly sourceLocale: string;
  /** The locales the kit ships (SUPPORTED_LOCALES): each needs a folder, each folder needs an entry. */
  readonly supportedLocales: readonly string[];
  /** The generated pseudo-locale (`en-XA`), checked for staleness instead of translation. */
  readonly pseudoLocale?: string;
  /** Every key the kit renders, from the core (see kitKeys). */
  readonly kitKeys: readonly string[];
  /** Literal keys passed to `t()` in the React layer (see findSourceKeys). */
  readonly sourceKeys: readonly SourceKey[];
}

/** What {@link checkLocales} found. */
export interface CheckLocalesResult {
  readonly problems: Problem[];
  /** Locale folders checked, source first. */
  readonly locales: string[];
  /** Keys in the source locale, plural keys counted once. */
  readonly keys: number;
}

function localeFolders(root: string, localesDir: string): string[] {
  try {
    return readdirSync(path.join(root, localesDir), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort();
  } catch {
    return [];
  }
}

/**
 * Every locale file against English (and against the English it was
 * translated from), English against the code, the translators' context
 * file against English, and every locale against the glossary's wording
 * rules (words a string must not use, such as the API's brand). Reads
 * files only; never writes, never fills a translation in.
 *
 * @example const { problems } = checkLocales({ root, localesDir: 'locales', namespace: 'luxxon', sourceLocale: 'en', supportedLocales, kitKeys: kitKeys(), sourceKeys: [] });
 */
export function checkLocales(input: CheckLocalesInput): CheckLocalesResult {
  const { root, localesDir, namespace, sourceLocale, supportedLocales, pseudoLocale } = input;
  const fileOf = (lng: string) => path.posix.join(localesDir, lng, `${namespace}.json`);
  const folders = localeFolders(root, localesDir);
  const others = folders.filter((lng) => lng !== sourceLocale);
  const problems: Problem[] = [];

  const en = readLocaleFile(root, fileOf(sourceLocale));
  if (!en.ok) return { problems: [en.problem], locales: [], keys: 0 };
  problems.push(...checkStrings(fileOf(sourceLocale), en.leaves));
  const checked = checkSourceLocale({ lng: sourceLocale, file: fileOf(sourceLocale), leaves: en.leaves, kitKeys: input.kitKeys, sourceKeys: input.sourceKeys });
  problems.push(...checked.problems);
  const { source } = checked;

  const contextFile = path.posix.join(localesDir, sourceLocale, `${namespace}.context.json`);
  const context = readLocaleFile(root, contextFile);
  let maxLengths = new Map<string, number>();
  let rules: WordingRule[] = [];
  if (context.ok) {
    const described = checkContext(contextFile, context.json, source);
    problems.push(...described.problems);
    maxLengths = described.maxLengths;
    const wording = readWordingRules(contextFile, context.json, source);
    problems.push(...wording.problems);
    rules = wording.rules;
    problems.push(...checkWording(fileOf(sourceLocale), sourceLocale, en.leaves, rules));
  } else {
    problems.push(context.missing ? error(contextFile, undefined, 'missing: describe every key of en for translators') : context.problem);
  }

  for (const lng of supportedLocales) {
    if (!folders.includes(lng)) problems.push(error(fileOf(lng), undefined, `missing: ${lng} is in SUPPORTED_LOCALES (src/i18n/locales.ts)`));
  }
  for (const lng of others) {
    const file = fileOf(lng);
    if (!supportedLocales.includes(lng)) {
      problems.push(error(file, undefined, `${lng} is not in SUPPORTED_LOCALES (src/i18n/locales.ts): add it there and a loader in LOCALE_LOADERS`));
    }
    const read = readLocaleFile(root, file);
    if (!read.ok) {
      problems.push(read.problem);
      continue;
    }
    if (lng === pseudoLocale) {
      problems.push(...checkPseudoLocale(file, read.json, en.json));
      continue;
    }
    problems.push(...checkStrings(file, read.leaves));
    problems.push(...checkTranslation({ lng, file, leaves: read.leaves, source, maxLengths }));
    problems.push(...checkWording(file, lng, read.leaves, rules));
    const recordFile = translatedFromFile(localesDir, lng, namespace);
    const record = readLocaleFile(root, recordFile);
    if (!record.ok && !record.missing) problems.push(record.problem);
    else problems.push(...checkStaleness({ lng, file, translated: read.leaves, recordFile, record: record.ok ? record.leaves : undefined, source }));
  }
  return { problems, locales: [sourceLocale, ...others], keys: source.entries.size };
}
