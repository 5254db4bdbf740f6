// npm run i18n:pseudo — regenerates the pseudo-locale from English.
import { readFileSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PSEUDO_LOCALE } from '../../src/i18n/locales';
import type { Json } from './flattenResource';
import { pseudoLocalizeResource } from './pseudoLocalize';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const en = JSON.parse(readFileSync(path.join(root, 'locales/en/luxxon.json'), 'utf8')) as Json;
const target = path.join(root, 'locales', PSEUDO_LOCALE, 'luxxon.json');
mkdirSync(path.dirname(target), { recursive: true });
writeFileSync(target, `${JSON.stringify(pseudoLocalizeResource(en), null, 2)}\n`);
console.log(`i18n:pseudo: wrote ${path.relative(root, target)} from locales/en/luxxon.json`);
