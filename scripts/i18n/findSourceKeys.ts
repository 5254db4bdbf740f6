import path from 'node:path';
import { findKeys, type I18nextToolkitConfig, type Logger } from 'i18next-cli';
import { splitPluralKey } from './pluralCategories';

/** A key passed to `t()` as a literal (or a local constant i18next-cli can follow), where it is. */
export interface SourceKey {
  /** Without plural suffix: `waiting.countdown`, not `waiting.countdown_one`. */
  readonly key: string;
  /** Relative to `root`, `/`-separated. */
  readonly file: string;
  readonly line: number;
}

/** Options of {@link findSourceKeys}. */
export interface FindSourceKeysOptions {
  /** Directory the globs and the reported paths are relative to. */
  readonly root: string;
  /** Globs of the files to scan. */
  readonly input: readonly string[];
  readonly ignore?: readonly string[];
  /** The namespace `t` is bound to (the kit's `luxxon`). */
  readonly namespace: string;
}

const quiet: Logger = { info: () => undefined, warn: () => undefined, error: () => undefined };

/**
 * The keys that source files pass to `t()` in a form a static scan can read:
 * string literals, ternaries of literals, local constants. Found by
 * i18next-cli's extractor (SWC); keys built from the core's MESSAGE_KEYS are
 * checked from the core itself (see kitKeys), so only literal keys show up.
 *
 * @example await findSourceKeys({ root, input: ['src/react/**\/*.tsx'], namespace: 'luxxon' })
 */
export async function findSourceKeys({ root, input, ignore = [], namespace }: FindSourceKeysOptions): Promise<SourceKey[]> {
  const absolute = (glob: string) => path.posix.join(root.split(path.sep).join('/'), glob);
  const config: I18nextToolkitConfig = {
    locales: ['en'],
    extract: {
      input: input.map(absolute),
      ignore: ignore.map(absolute),
      output: 'locales/{{language}}/{{namespace}}.json',
      defaultNS: namespace,
      nsSeparator: false,
      primaryLanguage: 'en',
    },
  };
  const fileErrors: string[] = [];
  const { allKeys } = await findKeys(config, quiet, fileErrors);
  if (fileErrors.length > 0) throw new Error(`i18next-cli could not parse: ${fileErrors.join(', ')}`);
  const found = new Map<string, SourceKey>();
  for (const extracted of allKeys.values()) {
    const key = extracted.isExpandedPlural ? (splitPluralKey(extracted.key)?.base ?? extracted.key) : extracted.key;
    for (const location of extracted.locations ?? []) {
      const file = path.relative(root, location.file).split(path.sep).join('/');
      const line = location.line ?? 0;
      found.set(`${file}:${line}:${key}`, { key, file, line });
    }
  }
  return [...found.values()].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.key.localeCompare(b.key));
}
