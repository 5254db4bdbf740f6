// @vitest-environment node
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const repo = path.resolve(import.meta.dirname, '../..');
const run = (root: string) =>
  promisify(execFile)(path.join(repo, 'node_modules/.bin/tsx'), [path.join(repo, 'scripts/i18n/check.ts'), '--root', root], { cwd: repo }).then(
    ({ stdout }) => ({ code: 0, stdout }),
    (failure: { code: number; stdout: string }) => ({ code: failure.code, stdout: failure.stdout }),
  );

let root = '';
beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), 'i18n-cli-'));
  cpSync(path.join(repo, 'locales'), path.join(root, 'locales'), { recursive: true });
  mkdirSync(path.join(root, 'src/react'), { recursive: true });
  writeFileSync(path.join(root, 'src/react/Banner.tsx'), "export const Banner = ({ t }: { t: (k: string) => string }) => <p>{t('banner.title')}</p>;\n");
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('npm run i18n:check', () => {
  it('prints one line per problem and a summary, and exits 1', async () => {
    const file = path.join(root, 'locales/fr/luxxon.json');
    const fr = JSON.parse(readFileSync(file, 'utf8')) as { waiting: Record<string, string> };
    delete fr.waiting['countdown_many'];
    writeFileSync(file, JSON.stringify(fr));

    const { code, stdout } = await run(root);
    expect(stdout.trim().split('\n')).toEqual([
      'src/react/Banner.tsx:1: banner.title: passed to t() but missing from locales/en/luxxon.json',
      'locales/fr/luxxon.json: waiting.countdown_many: missing plural form (fr needs one, many, other)',
      expect.stringMatching(/^i18n:check: 2 problems in 2 files \(8 locales × \d+ keys, 1 literal t\(\) key in src\/react\); /),
    ]);
    expect(code).toBe(1);
  }, 30_000);
});
