// npm run i18n:accept -- <lng> [<lng> …] — records the current English as what
// these translations were made from, once a translator has updated and
// reviewed them. `npm run i18n:check` then warns about each key whose English
// changes later, with the old and the new text.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { LUXXON_NAMESPACE } from '../../src/core/experience/messageKeys';
import { PSEUDO_LOCALE, SUPPORTED_LOCALES } from '../../src/i18n/locales';
import { checkSourceLocale } from './checkSourceLocale';
import { kitKeys } from './kitKeys';
import { formatProblem } from './Problem';
import { readLocaleFile } from './readLocaleFile';
import { recordSource } from './recordSource';
import { translatedFromFile } from './translatedFromFile';

const { values, positionals } = parseArgs({ options: { root: { type: 'string' } }, allowPositionals: true });
const root = path.resolve(values.root ?? path.join(path.dirname(fileURLToPath(import.meta.url)), '../..'));
const translations = SUPPORTED_LOCALES.filter((lng) => lng !== 'en' && lng !== PSEUDO_LOCALE);
const usage = `usage: npm run i18n:accept -- <lng> [<lng> …]  (one of ${translations.join(', ')})`;

const unknown = positionals.filter((lng) => !(translations as readonly string[]).includes(lng));
if (positionals.length === 0 || unknown.length > 0) {
  console.error(unknown.length > 0 ? `i18n:accept: not a translated locale: ${unknown.join(', ')}\n${usage}` : usage);
  process.exit(1);
}

const file = path.posix.join('locales', 'en', `${LUXXON_NAMESPACE}.json`);
const en = readLocaleFile(root, file);
if (!en.ok) {
  console.error(`i18n:accept: ${formatProblem(en.problem)}`);
  process.exit(1);
}
const { source } = checkSourceLocale({ lng: 'en', file, leaves: en.leaves, kitKeys: kitKeys(), sourceKeys: [] });
const record = recordSource(source);
for (const lng of positionals) {
  const target = translatedFromFile('locales', lng, LUXXON_NAMESPACE);
  writeFileSync(path.join(root, target), `${JSON.stringify(record, null, 2)}\n`);
  console.log(`i18n:accept: ${target}: recorded the English of ${Object.keys(record).length} strings as what ${lng} is translated from`);
}
