// @vitest-environment node
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const repo = path.resolve(import.meta.dirname, '../..');
const tsx = path.join(repo, 'node_modules/.bin/tsx');
const run = (script: string, args: string[]) =>
  promisify(execFile)(tsx, [path.join(repo, 'scripts/i18n', script), ...args], { cwd: repo }).then(
    ({ stdout }) => ({ code: 0, stdout, stderr: '' }),
    (failure: { code: number; stdout: string; stderr: string }) => ({ code: failure.code, stdout: failure.stdout, stderr: failure.stderr }),
  );

let root = '';
beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), 'i18n-accept-'));
  cpSync(path.join(repo, 'locales'), path.join(root, 'locales'), { recursive: true });
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('npm run i18n:accept', () => {
  it('makes i18n:check warn about English that changed, until the translation is accepted again', async () => {
    const enFile = path.join(root, 'locales/en/luxxon.json');
    const en = JSON.parse(readFileSync(enFile, 'utf8')) as { action: Record<string, string> };
    en.action['retry'] = 'Try once more';
    writeFileSync(enFile, JSON.stringify(en));

    // (The check also fails here because en-XA is now stale; the changed English is only a warning.)
    const stale = await run('check.ts', ['--root', root]);
    expect(stale.stdout).toContain(
      'locales/de/luxxon.json: action.retry: warning: English changed since this was translated: was "Try again", now "Try once more"; update the translation, then run npm run i18n:accept -- de',
    );
    expect(stale.stdout.match(/English changed since/g)).toHaveLength(6);

    const accepted = await run('accept.ts', ['--root', root, 'de']);
    expect(accepted.code).toBe(0);
    expect(JSON.parse(readFileSync(path.join(root, 'locales/de/luxxon.translated-from.json'), 'utf8'))).toMatchObject({ 'action.retry': 'Try once more' });
    const after = await run('check.ts', ['--root', root]);
    expect(after.stdout).not.toContain('locales/de/luxxon.json: action.retry');
    expect(after.stdout.match(/English changed since/g)).toHaveLength(5);
  }, 60_000);

  it('refuses English, the pseudo-locale and unknown tags, and writes nothing', async () => {
    for (const lng of ['en', 'en-XA', 'xx']) {
      const { code, stderr } = await run('accept.ts', ['--root', root, lng]);
      expect(code).toBe(1);
      expect(stderr).toContain(`not a translated locale: ${lng}`);
      expect(existsSync(path.join(root, `locales/${lng}/luxxon.translated-from.json`))).toBe(false);
    }
    expect((await run('accept.ts', ['--root', root])).stderr).toContain('usage: npm run i18n:accept -- <lng>');
  }, 60_000);
});
