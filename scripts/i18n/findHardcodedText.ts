import path from 'node:path';
import { runLinter } from 'i18next-cli';
import { i18nextCliConfig, type SourceScanOptions } from './i18nextCliConfig';

/** User-facing text written straight into JSX instead of coming from a locale file. */
export interface HardcodedText {
  /** Relative to `root`, `/`-separated. */
  readonly file: string;
  readonly line: number;
  readonly text: string;
}

/** Options of {@link findHardcodedText}. */
export type FindHardcodedTextOptions = SourceScanOptions;

/**
 * Text in JSX (content and translatable attributes such as `aria-label`,
 * `title`, `alt`) that does not go through `t()`, found by i18next-cli's
 * linter. Only its hard-coded-text findings are kept.
 *
 * @example await findHardcodedText({ root, input: ['src/react/**\/*.tsx'], namespace: 'luxxon' })
 */
export async function findHardcodedText(options: FindHardcodedTextOptions): Promise<HardcodedText[]> {
  const { root } = options;
  const { config, ignore } = i18nextCliConfig(options);
  const { files } = await runLinter({ ...config, lint: { ignore, checkInterpolationParams: false } });
  return Object.entries(files)
    .flatMap(([file, issues]) =>
      issues
        .filter((issue) => (issue.type ?? 'hardcoded') === 'hardcoded' && issue.severity !== 'warning')
        .map((issue) => ({ file: path.relative(root, path.resolve(root, file)).split(path.sep).join('/'), line: issue.line, text: issue.text })),
    )
    .sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
}
