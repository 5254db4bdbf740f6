import path from 'node:path';
import { runLinter, type I18nextToolkitConfig } from 'i18next-cli';

/** User-facing text written straight into JSX instead of coming from a locale file. */
export interface HardcodedText {
  /** Relative to `root`, `/`-separated. */
  readonly file: string;
  readonly line: number;
  readonly text: string;
}

/** Options of {@link findHardcodedText}. */
export interface FindHardcodedTextOptions {
  readonly root: string;
  readonly input: readonly string[];
  readonly ignore?: readonly string[];
  readonly namespace: string;
}

/**
 * Text in JSX (content and translatable attributes such as `aria-label`,
 * `title`, `alt`) that does not go through `t()`, found by i18next-cli's
 * linter. Only its hard-coded-text findings are kept.
 *
 * @example await findHardcodedText({ root, input: ['src/react/**\/*.tsx'], namespace: 'luxxon' })
 */
export async function findHardcodedText({ root, input, ignore = [], namespace }: FindHardcodedTextOptions): Promise<HardcodedText[]> {
  const absolute = (glob: string) => path.posix.join(root.split(path.sep).join('/'), glob);
  const config: I18nextToolkitConfig = {
    locales: ['en'],
    extract: {
      input: input.map(absolute),
      ignore: ignore.map(absolute),
      output: 'locales/{{language}}/{{namespace}}.json',
      defaultNS: namespace,
      primaryLanguage: 'en',
    },
    lint: { ignore: ignore.map(absolute), checkInterpolationParams: false },
  };
  const { files } = await runLinter(config);
  return Object.entries(files)
    .flatMap(([file, issues]) =>
      issues
        .filter((issue) => (issue.type ?? 'hardcoded') === 'hardcoded' && issue.severity !== 'warning')
        .map((issue) => ({ file: path.relative(root, path.resolve(root, file)).split(path.sep).join('/'), line: issue.line, text: issue.text })),
    )
    .sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
}
