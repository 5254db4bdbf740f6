// npm run i18n:check — everything a translator or developer must fix in the
// locale files, one line each, then a summary; exits 1 on any error.
// `--root <dir>` checks another checkout (locales/ and src/react/ under it).
// `--app <dir> [--codes <module>[#export]]` checks an app's own strings for the
// kit instead (docs/unknown-codes.md): `<dir>/<lng>/luxxon.json`, and the codes
// it passes to <LuxxonProvider codes> (a module's `default` export, or the one named).
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { LUXXON_NAMESPACE } from '../../src/core/experience/messageKeys';
import { PSEUDO_LOCALE, SUPPORTED_LOCALES } from '../../src/i18n/locales';
import type { AppCodes } from '../../src/core/codes/appCodes';
import { checkAppStrings } from './checkAppStrings';
import { checkLocales } from './checkLocales';
import { findHardcodedText } from './findHardcodedText';
import { findSourceKeys } from './findSourceKeys';
import { kitKeys } from './kitKeys';
import { error, formatProblem } from './Problem';

const { values } = parseArgs({ options: { root: { type: 'string' }, app: { type: 'string' }, codes: { type: 'string' } } });
const root = path.resolve(values.root ?? path.join(path.dirname(fileURLToPath(import.meta.url)), '../..'));
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

if (values.app !== undefined) {
  const appRoot = process.cwd();
  let codes: AppCodes | undefined;
  if (values.codes !== undefined) {
    const [file = '', name = 'default'] = values.codes.split('#');
    const module = (await import(pathToFileURL(path.resolve(appRoot, file)).href)) as Record<string, unknown>;
    codes = module[name] as AppCodes | undefined;
    if (typeof codes !== 'object' || codes === null) throw new Error(`i18n:check: ${file} has no export "${name}" with the app's codes`);
  }
  const { problems, locales, keys } = checkAppStrings({ root: appRoot, dir: values.app, kitKeys: new Set(kitKeys()), codes });
  for (const problem of problems) console.log(formatProblem(problem));
  const errors = problems.filter((p) => p.severity === 'error').length;
  const checked = `${plural(locales.length, 'locale')} × ${plural(keys, 'key')} in ${values.app}${codes ? `, ${plural(Object.keys(codes).length, 'declared code')}` : ''}`;
  console.log(errors > 0 ? `i18n:check: ${plural(errors, 'problem')} in the app's strings (${checked})` : `i18n:check: OK, ${checked}`);
  process.exit(errors > 0 ? 1 : 0);
}
const REACT_SOURCES = ['src/react/**/*.{ts,tsx}'];
const NOT_SHIPPED = ['src/**/*.test.{ts,tsx}', 'src/**/*.test-d.ts'];
// Shown only when an error screen itself threw: no i18n on purpose, English marked lang="en".
const MAY_HARDCODE = ['src/react/screens/LastResortScreen.tsx'];

const sourceKeys = await findSourceKeys({ root, input: REACT_SOURCES, ignore: NOT_SHIPPED, namespace: LUXXON_NAMESPACE });
const { problems, locales, keys } = checkLocales({
  root,
  localesDir: 'locales',
  namespace: LUXXON_NAMESPACE,
  sourceLocale: 'en',
  supportedLocales: SUPPORTED_LOCALES,
  pseudoLocale: PSEUDO_LOCALE,
  kitKeys: kitKeys(),
  sourceKeys,
});
const hardcoded = await findHardcodedText({ root, input: REACT_SOURCES, ignore: [...NOT_SHIPPED, ...MAY_HARDCODE], namespace: LUXXON_NAMESPACE });
problems.push(...hardcoded.map(({ file, line, text }) => error(file, undefined, `hard-coded text ${JSON.stringify(text)}: put it in locales/en/luxxon.json under a key from src/core/experience/messageKeys.ts`, line)));

for (const problem of problems) console.log(formatProblem(problem));
const errors = problems.filter((p) => p.severity === 'error');
const warnings = problems.length - errors.length;
const files = new Set(errors.map((p) => p.file)).size;
const checked = `${plural(locales.length, 'locale')} × ${plural(keys, 'key')}, ${plural(sourceKeys.length, 'literal t() key')} in src/react`;
const noted = warnings > 0 ? `, ${plural(warnings, 'warning')}` : '';
if (errors.length > 0) {
  console.log(`i18n:check: ${plural(errors.length, 'problem')} in ${plural(files, 'file')}${noted} (${checked}); locales/en/luxxon.context.json says what each key is`);
  process.exitCode = 1;
} else {
  console.log(`i18n:check: OK, ${checked}${noted}`);
}
