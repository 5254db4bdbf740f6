import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import APP_CODES from '../../demo/src/appCodes';
import { checkAppStrings } from './checkAppStrings';
import { formatProblem } from './Problem';
import { kitKeys } from './kitKeys';

const repoRoot = path.resolve(__dirname, '../..');
const KIT_KEYS = new Set(kitKeys());
let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

/** An app folder with `strings/<lng>/luxxon.json` for each entry. */
function app(files: Record<string, unknown>): string {
  dir = mkdtempSync(path.join(os.tmpdir(), 'luxxon-app-strings-'));
  for (const [lng, json] of Object.entries(files)) {
    mkdirSync(path.join(dir, 'strings', lng), { recursive: true });
    writeFileSync(path.join(dir, 'strings', lng, 'luxxon.json'), typeof json === 'string' ? json : JSON.stringify(json));
  }
  return dir;
}

const busy = (title: string, description: string) => ({ code: { OPERATOR_BUSY: { title, description } } });
const lines = (root: string, codes = {}) => checkAppStrings({ root, dir: 'strings', kitKeys: KIT_KEYS, codes }).problems.map(formatProblem);

describe("i18n:check --app: an app's own strings for the kit", () => {
  it("passes the demo's (npm run i18n:check -- --app demo/locales --codes demo/src/appCodes.ts)", () => {
    const result = checkAppStrings({ root: repoRoot, dir: 'demo/locales', kitKeys: KIT_KEYS, codes: APP_CODES });
    expect(result.problems).toEqual([]);
    expect(result.locales).toEqual(['en', 'es']);
  });

  it('passes declared codes with both texts in every language, and overrides of kit keys (plural forms too)', () => {
    const root = app({
      en: { ...busy('Busy', 'Wait {{seconds}}'), action: { retry: 'Again' }, waiting: { countdown_one: 'In {{count}} second' } },
      fr: { ...busy('Occupé', 'Attendez {{seconds}}'), action: { retry: 'Encore' }, waiting: { countdown_one: 'Dans {{count}} seconde' } },
    });
    expect(lines(root, { OPERATOR_BUSY: { kind: 'waiting' } })).toEqual([]);
  });

  it('names each problem: a declared code without its texts, a key the kit never reads, a misshapen code, a missing or broken translation', () => {
    const root = app({
      en: { code: { OPERATOR_BUSY: { title: 'Busy' }, 'bad.code': { title: 'x' }, PLAN_GONE: { title: 'Gone', description: 'Gone.' } }, mine: 'x' },
      es: { code: { OPERATOR_BUSY: { title: 'Ocupado {{who}}' }, PLAN_GONE: { title: '' } }, extra: 'y' },
      de: '{ not json',
    });
    const problems = lines(root, { OPERATOR_BUSY: { kind: 'waiting' }, 'lower.case': { kind: 'generic' } });
    expect(problems).toEqual(
      expect.arrayContaining([
        'strings/en/luxxon.json: code.OPERATOR_BUSY.description: missing: OPERATOR_BUSY is in codes, and its screen shows the generic description without it',
        expect.stringMatching(/^strings\/en\/luxxon\.json: code\.bad\.code\.title: neither a kit key/),
        'strings/en/luxxon.json: mine: neither a kit key nor code.<CODE>.title|description: the kit never looks it up',
        'strings/en/luxxon.json: code.PLAN_GONE.title: warning: PLAN_GONE is not among the codes passed to <LuxxonProvider codes>: its text never shows',
        'strings/en/luxxon.json: codes: "lower.case" is not an UPPER_SNAKE_CASE code, so the kit ignores it',
        expect.stringMatching(/^strings\/es\/luxxon\.json: code\.OPERATOR_BUSY\.title: placeholders \{\{who\}\} differ/),
        'strings/es/luxxon.json: code.PLAN_GONE.title: must be a non-empty string',
        'strings/es/luxxon.json: code.PLAN_GONE.description: missing (strings/en/luxxon.json has it)',
        'strings/es/luxxon.json: extra: not in strings/en/luxxon.json: remove it, or add it there first',
        expect.stringMatching(/^strings\/de\/luxxon\.json: not valid JSON/),
      ]),
    );
  });

  it('says when the folder or the source language is missing', () => {
    const root = app({ es: busy('a', 'b') });
    expect(lines(root)).toEqual(['strings/en/luxxon.json: file is missing']);
    expect(checkAppStrings({ root, dir: 'nowhere', kitKeys: KIT_KEYS }).problems.map(formatProblem)).toEqual([
      'nowhere: folder is missing: one <lng>/luxxon.json per language',
    ]);
  });
});
