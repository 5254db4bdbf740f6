import path from 'node:path';
import { findKeys, type Logger } from 'i18next-cli';
import { i18nextCliConfig, type SourceScanOptions } from './i18nextCliConfig';
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
export type FindSourceKeysOptions = SourceScanOptions;

const quiet: Logger = { info: () => undefined, warn: () => undefined, error: () => undefined };

/**
 * The keys that source files pass to `t()` in a form a static scan can read:
 * string literals, ternaries of literals, local constants. Found by
 * i18next-cli's extractor (SWC); keys built from the core's MESSAGE_KEYS are
 * checked from the core itself (see kitKeys), so only literal keys show up.
 *
 * @example await findSourceKeys({ root, input: ['src/react/**\/*.tsx'], namespace: 'luxxon' })
 */
export async function findSourceKeys(options: FindSourceKeysOptions): Promise<SourceKey[]> {
  const { root } = options;
  const { config } = i18nextCliConfig(options);
  const fileErrors: string[] = [];
  const { allKeys } = await findKeys({ ...config, extract: { ...config.extract, nsSeparator: false } }, quiet, fileErrors);
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
