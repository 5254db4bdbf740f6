// @vitest-environment node
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkLocales, type CheckLocalesInput } from './checkLocales';
import { flattenResource } from './flattenResource';
import { formatProblem } from './Problem';
import { pseudoLocalizeResource } from './pseudoLocalize';

const EN = {
  action: { retry: 'Try again' },
  waiting: { countdown_one: 'Checking again in {{count}} second', countdown_other: 'Checking again in {{count}} seconds' },
  greeting: 'Hello {{name}}',
};
const FR = {
  action: { retry: 'Réessayer' },
  waiting: {
    countdown_one: 'Nouvelle vérification dans {{count}} seconde',
    countdown_many: 'Nouvelle vérification dans {{count}} de secondes',
    countdown_other: 'Nouvelle vérification dans {{count}} secondes',
  },
  greeting: 'Bonjour {{name}}',
};
const CONTEXT = {
  keys: {
    'action.retry': { where: 'Retry button', maxLength: 20 },
    'waiting.countdown': { where: 'Countdown line', maxLength: 60, placeholders: { count: 'seconds left' } },
    greeting: { where: 'Greeting', maxLength: 30, placeholders: { name: "the user's name" } },
  },
};
const KIT_KEYS = ['action.retry', 'waiting.countdown', 'greeting'];

type Tree = Record<string, unknown>;
const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** Writes `locales/<lng>/luxxon.json` (and the context file) into a fresh temp dir, then checks it. */
function check(files: Record<string, Tree | string>, options: Partial<CheckLocalesInput> = {}) {
  const root = mkdtempSync(path.join(tmpdir(), 'i18n-check-'));
  dirs.push(root);
  const all: Record<string, Tree | string> = { 'en/luxxon.json': EN, 'en/luxxon.context.json': CONTEXT, ...files };
  // Translations record the English they were made from (npm run i18n:accept), unless a test says otherwise.
  for (const file of Object.keys(files)) {
    const lng = /^([^/]+)\/luxxon\.json$/.exec(file)?.[1];
    const record = `${lng}/luxxon.translated-from.json`;
    if (lng !== undefined && lng !== 'en' && lng !== 'en-XA' && !(record in files)) all[record] = Object.fromEntries(flattenResource(EN));
  }
  for (const [file, content] of Object.entries(all)) {
    mkdirSync(path.dirname(path.join(root, 'locales', file)), { recursive: true });
    writeFileSync(path.join(root, 'locales', file), typeof content === 'string' ? content : JSON.stringify(content));
  }
  const locales = Object.keys(all).map((file) => file.split('/')[0] ?? '');
  const result = checkLocales({
    root,
    localesDir: 'locales',
    namespace: 'luxxon',
    sourceLocale: 'en',
    supportedLocales: [...new Set(locales)],
    pseudoLocale: 'en-XA',
    kitKeys: KIT_KEYS,
    sourceKeys: [],
    ...options,
  });
  return result.problems.map(formatProblem);
}

describe('checkLocales', () => {
  it('passes complete locales', () => {
    expect(check({ 'fr/luxxon.json': FR, 'en-XA/luxxon.json': pseudoLocalizeResource(EN) as Tree })).toEqual([]);
  });

  it('reports a missing key with the English to translate, and an extra key', () => {
    const { retry: _, ...action } = FR.action;
    expect(check({ 'fr/luxxon.json': { ...FR, action: { ...action, retyr: 'Réessayer' } } })).toEqual([
      'locales/fr/luxxon.json: action.retry: missing (en: "Try again")',
      'locales/fr/luxxon.json: action.retyr: not in locales/en/luxxon.json: remove it (new keys start in English)',
    ]);
  });

  it('reports empty strings and non-strings, and never fills them in', () => {
    expect(check({ 'fr/luxxon.json': { ...FR, action: { retry: '  ' }, greeting: ['Bonjour'] } })).toEqual([
      'locales/fr/luxxon.json: action.retry: empty string: translate it',
      'locales/fr/luxxon.json: greeting: must be a string, found an array',
    ]);
  });

  it('reports a renamed placeholder', () => {
    expect(check({ 'fr/luxxon.json': { ...FR, greeting: 'Bonjour {{nom}}' } })).toEqual([
      'locales/fr/luxxon.json: greeting: placeholders differ from en (en has {{name}}): missing {{name}}; unknown {{nom}}',
    ]);
  });

  it('reports plural forms missing for the language, per Intl.PluralRules', () => {
    const { countdown_many: _, ...waiting } = FR.waiting;
    expect(check({ 'fr/luxxon.json': { ...FR, waiting } })).toEqual([
      'locales/fr/luxxon.json: waiting.countdown_many: missing plural form (fr needs one, many, other)',
    ]);
  });

  it('reports plural forms the language does not use, and a plural written as a plain string', () => {
    const ja = { action: { retry: '再試行' }, greeting: 'こんにちは、{{name}}さん', waiting: { countdown_one: '{{count}}秒', countdown_other: '{{count}}秒' } };
    expect(check({ 'ja/luxxon.json': ja })).toEqual([
      'locales/ja/luxxon.json: waiting.countdown_one: plural form "one" is not used in ja (ja needs other): remove it',
    ]);
    expect(check({ 'de/luxxon.json': { ...FR, waiting: { countdown: '{{count}} Sekunden' } } })).toEqual([
      'locales/de/luxxon.json: waiting.countdown_one: missing plural form (de needs one, other)',
      'locales/de/luxxon.json: waiting.countdown_other: missing plural form (de needs one, other)',
      'locales/de/luxxon.json: waiting.countdown: is plural: write waiting.countdown_one, waiting.countdown_other instead',
    ]);
  });

  it('lets forms for a single number spell it out (Arabic one, two), but not French one (0 and 1)', () => {
    const ar = {
      action: { retry: 'إعادة المحاولة' },
      greeting: 'مرحبًا {{name}}',
      waiting: {
        countdown_zero: 'خلال {{count}} ثانية',
        countdown_one: 'خلال ثانية واحدة',
        countdown_two: 'خلال ثانيتين',
        countdown_few: 'خلال {{count}} ثوانٍ',
        countdown_many: 'خلال {{count}} ثانية',
        countdown_other: 'خلال {{count}} ثانية',
      },
    };
    expect(check({ 'ar/luxxon.json': ar })).toEqual([]);
    expect(check({ 'fr/luxxon.json': { ...FR, waiting: { ...FR.waiting, countdown_one: 'Nouvelle vérification dans une seconde' } } })).toEqual([
      'locales/fr/luxxon.json: waiting.countdown_one: placeholders differ from en (en has {{count}}): missing {{count}}',
    ]);
  });

  it('reports keys the kit renders (from the core) that en lacks, and en keys it never renders', () => {
    expect(check({}, { kitKeys: [...KIT_KEYS, 'code.NEW_CODE.title'].filter((k) => k !== 'greeting') })).toEqual([
      'locales/en/luxxon.json: code.NEW_CODE.title: used by the kit (src/core: MESSAGE_KEYS, CODE_REGISTRY) but missing',
      'locales/en/luxxon.json: greeting: not used by the kit: remove it, or render it through a key built in src/core',
    ]);
  });

  it('reports a literal key passed to t() that en lacks, at its file and line', () => {
    const sourceKeys = [
      { key: 'action.retry', file: 'src/react/A.tsx', line: 3 },
      { key: 'code.NOPE.title', file: 'src/react/B.tsx', line: 12 },
    ];
    expect(check({}, { sourceKeys })).toEqual(['src/react/B.tsx:12: code.NOPE.title: passed to t() but missing from locales/en/luxxon.json']);
  });

  it('checks en plural forms against English plural rules too', () => {
    const en = { ...EN, waiting: { countdown_one: EN.waiting.countdown_one, countdown_other: EN.waiting.countdown_other, countdown_few: 'x {{count}}' } };
    expect(check({ 'en/luxxon.json': en })).toEqual([
      'locales/en/luxxon.json: waiting.countdown_few: plural form "few" is not used in en (en needs one, other): remove it',
    ]);
  });

  it('requires the context file to describe exactly en\'s keys, their placeholders and a length en fits in', () => {
    const { greeting: _, ...keys } = CONTEXT.keys;
    const context = { keys: { ...keys, 'action.retry': { where: 'Retry button', maxLength: 5 }, 'waiting.countdown': { where: 'Countdown', maxLength: 60 }, gone: { where: 'x', maxLength: 9 } } };
    expect(check({ 'en/luxxon.context.json': context })).toEqual([
      'locales/en/luxxon.json: action.retry: 9 characters, over its maxLength 5 in locales/en/luxxon.context.json',
      'locales/en/luxxon.context.json: waiting.countdown: placeholder {{count}} is not described under "placeholders"',
      'locales/en/luxxon.context.json: greeting: no context for translators: add where it shows and its maxLength',
      'locales/en/luxxon.context.json: gone: describes a key locales/en/luxxon.json does not have: remove it',
    ]);
  });

  it('warns, without failing, about translations over the length hint or identical to English', () => {
    const problems = check({ 'fr/luxxon.json': { ...FR, action: { retry: 'Réessayer encore une fois, svp' }, greeting: 'Hello {{name}}' } });
    expect(problems).toEqual([
      'locales/fr/luxxon.json: action.retry: warning: 30 characters, over the 20 hinted for it: it may not fit; shorten it if you can',
      'locales/fr/luxxon.json: greeting: warning: same as English: translate it (ignore this if it really reads the same)',
    ]);
  });

  it('warns about translations whose English changed since npm run i18n:accept, with the old and the new text', () => {
    const record = { ...Object.fromEntries(flattenResource(EN)), 'action.retry': 'Retry', 'waiting.countdown_other': 'Again in {{count}} seconds' };
    expect(check({ 'fr/luxxon.json': FR, 'fr/luxxon.translated-from.json': record })).toEqual([
      'locales/fr/luxxon.json: action.retry: warning: English changed since this was translated: was "Retry", now "Try again"; update the translation, then run npm run i18n:accept -- fr',
      'locales/fr/luxxon.json: waiting.countdown: warning: English changed since this was translated: was "Again in {{count}} seconds", now "Checking again in {{count}} seconds"; update the translation, then run npm run i18n:accept -- fr',
    ]);
  });

  it('warns about a key translated after the last record, and about a translation with no record at all', () => {
    const { greeting: _, ...record } = Object.fromEntries(flattenResource(EN));
    expect(check({ 'fr/luxxon.json': FR, 'fr/luxxon.translated-from.json': record })).toEqual([
      'locales/fr/luxxon.json: greeting: warning: translated after the last record of English: review it, then run npm run i18n:accept -- fr',
    ]);
    const { greeting: __, ...missingGreeting } = FR;
    expect(check({ 'fr/luxxon.json': missingGreeting, 'fr/luxxon.translated-from.json': record })).toEqual([
      'locales/fr/luxxon.json: greeting: missing (en: "Hello {{name}}")',
    ]);
    expect(check({ 'de/luxxon.json': { ...FR, waiting: { countdown_one: '{{count}} Sekunde', countdown_other: '{{count}} Sekunden' } }, 'de/luxxon.translated-from.json': '' })).toEqual([
      expect.stringMatching(/^locales\/de\/luxxon\.translated-from\.json: not valid JSON: /),
    ]);
  });

  describe('wording rules from the glossary (glossary.<term>.avoid)', () => {
    const SIGNED_OUT = { 'code.NOT_AUTHENTICATED.title': { where: 'Sign-in screen heading', maxLength: 60 } };
    const glossary = {
      Luxxon: { means: 'The API behind the app', avoid: { in: [''], why: 'the app is the only speaker', match: { '*': ['Luxxon'] } } },
      session: {
        means: 'One live view',
        avoid: { in: ['code.NOT_AUTHENTICATED.'], why: 'say the user was signed out', match: { en: ['session'], de: ['Sitzung'], ar: ['جلس'] } },
      },
    };
    const withSignIn = (strings: Tree, title: string) => ({ ...strings, code: { NOT_AUTHENTICATED: { title } } });
    const files = (en: string, de: string) => ({
      'en/luxxon.json': withSignIn(EN, en),
      'en/luxxon.context.json': { ...CONTEXT, keys: { ...CONTEXT.keys, ...SIGNED_OUT }, glossary },
      'de/luxxon.json': withSignIn({ ...FR, waiting: { countdown_one: '{{count}} Sekunde', countdown_other: '{{count}} Sekunden' } }, de),
      'de/luxxon.translated-from.json': Object.fromEntries(flattenResource(withSignIn(EN, en))),
    });
    const kitKeys = [...KIT_KEYS, 'code.NOT_AUTHENTICATED.title'];

    it('passes strings that keep to them', () => {
      expect(check(files("You've been signed out", 'Sie wurden abgemeldet'), { kitKeys })).toEqual([]);
    });

    it('reports the brand in any string of any locale, whatever its case, and a sign-in string that says "session"', () => {
      expect(check({ ...files('Your session has expired', 'Ihre Sitzung ist abgelaufen'), 'fr/luxxon.json': { ...FR, greeting: 'Bonjour {{name}}, ici LUXXON' } }, { kitKeys }).filter((line) => line.includes('glossary'))).toEqual([
        'locales/en/luxxon.json: code.NOT_AUTHENTICATED.title: says "session" (glossary: session): say the user was signed out',
        'locales/de/luxxon.json: code.NOT_AUTHENTICATED.title: says "Sitzung" (glossary: session): say the user was signed out',
        'locales/fr/luxxon.json: greeting: says "Luxxon" (glossary: Luxxon): the app is the only speaker',
      ]);
    });

    it('finds a stem inside an inflected word, and only under the keys a rule covers', () => {
      const ar = { ...FR, code: { NOT_AUTHENTICATED: { title: 'انتهت صلاحية جلستك' } }, greeting: 'الجلسة {{name}}' };
      const arFiles = { ...files("You've been signed out", 'Sie wurden abgemeldet'), 'ar/luxxon.json': ar, 'ar/luxxon.translated-from.json': Object.fromEntries(flattenResource(withSignIn(EN, "You've been signed out"))) };
      expect(check(arFiles, { kitKeys }).filter((line) => line.includes('glossary'))).toEqual([
        'locales/ar/luxxon.json: code.NOT_AUTHENTICATED.title: says "جلس" (glossary: session): say the user was signed out',
      ]);
    });

    it('reports a malformed rule, and a rule whose keys en no longer has', () => {
      const broken = { ...glossary, session: { means: 'x', avoid: { in: ['code.SIGNED_OUT.'], why: 'x', match: { en: ['session'] } } }, credit: { means: 'x', avoid: { in: [''], match: {} } } };
      expect(check({ ...files("You've been signed out", 'Sie wurden abgemeldet'), 'en/luxxon.context.json': { ...CONTEXT, keys: { ...CONTEXT.keys, ...SIGNED_OUT }, glossary: broken } }, { kitKeys })).toEqual([
        'locales/en/luxxon.context.json: glossary.session.avoid: "code.SIGNED_OUT." covers no key of locales/en/luxxon.json',
        'locales/en/luxxon.context.json: glossary.credit.avoid: must be { "in": [key prefixes], "why": "…", "match": { "<lng>" or "*": ["word", …] } }',
      ]);
    });
  });

  it('fails when the pseudo-locale is stale', () => {
    const pseudo = pseudoLocalizeResource({ ...EN, action: { retry: 'Retry' } }) as Tree;
    expect(check({ 'en-XA/luxxon.json': pseudo })).toEqual(['locales/en-XA/luxxon.json: action.retry: out of date with en: run npm run i18n:pseudo']);
  });

  it('ties locale folders to SUPPORTED_LOCALES both ways, and reports unreadable files', () => {
    expect(check({ 'it/luxxon.json': '{ "action": ' }, { supportedLocales: ['en', 'de'] })).toEqual([
      'locales/de/luxxon.json: missing: de is in SUPPORTED_LOCALES (src/i18n/locales.ts)',
      'locales/it/luxxon.json: it is not in SUPPORTED_LOCALES (src/i18n/locales.ts): add it there and a loader in LOCALE_LOADERS',
      expect.stringMatching(/^locales\/it\/luxxon\.json: not valid JSON: /),
    ]);
    expect(check({ 'pt_BR/luxxon.json': FR }, { supportedLocales: ['en', 'pt_BR'] })).toEqual([
      'locales/pt_BR/luxxon.json: "pt_BR" is not a valid BCP 47 language tag: name the folder after one (pt-BR, not pt_BR)',
    ]);
  });
});
