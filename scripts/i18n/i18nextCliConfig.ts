import path from 'node:path';
import type { I18nextToolkitConfig } from 'i18next-cli';

/** Which source files an i18next-cli scan reads (see findSourceKeys, findHardcodedText). */
export interface SourceScanOptions {
  /** Directory the globs and the reported paths are relative to. */
  readonly root: string;
  /** Globs of the files to scan. */
  readonly input: readonly string[];
  readonly ignore?: readonly string[];
  /** The namespace `t` is bound to (the kit's `luxxon`). */
  readonly namespace: string;
}

/** What {@link i18nextCliConfig} gives: the config, and the ignore globs made absolute (the linter wants them too). */
export interface ScanConfig {
  readonly config: I18nextToolkitConfig;
  readonly ignore: string[];
}

/**
 * The i18next-cli configuration both scans share: English only, the given
 * files (globs made absolute, since i18next-cli resolves them from the
 * working directory), `t` bound to `namespace`.
 *
 * @example const { config } = i18nextCliConfig({ root, input: ['src/react/**\/*.tsx'], namespace: 'luxxon' });
 */
export function i18nextCliConfig({ root, input, ignore = [], namespace }: SourceScanOptions): ScanConfig {
  const absolute = (glob: string) => path.posix.join(root.split(path.sep).join('/'), glob);
  const ignored = ignore.map(absolute);
  return {
    ignore: ignored,
    config: {
      locales: ['en'],
      extract: {
        input: input.map(absolute),
        ignore: ignored,
        output: 'locales/{{language}}/{{namespace}}.json',
        defaultNS: namespace,
        primaryLanguage: 'en',
      },
    },
  };
}
