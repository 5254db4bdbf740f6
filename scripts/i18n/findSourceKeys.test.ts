// @vitest-environment node
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findHardcodedText } from './findHardcodedText';
import { findSourceKeys } from './findSourceKeys';

const SCREEN = `import { MESSAGE_KEYS } from './messageKeys';
import { useLuxxonTranslation } from './useLuxxonTranslation';

export function Screen({ busy }: { busy: boolean }) {
  const { t } = useLuxxonTranslation();
  return (
    <div>
      <h2>{t(MESSAGE_KEYS.action.retry)}</h2>
      <p>{t(busy ? 'waiting.checking' : 'waiting.nope')}</p>
      <p>{t('waiting.countdown', { count: 3 })}</p>
      <button type="button">Try again</button>
    </div>
  );
}
`;

let root = '';
beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), 'i18n-src-'));
  writeFileSync(path.join(root, 'Screen.tsx'), SCREEN);
  writeFileSync(path.join(root, 'Screen.test.tsx'), "t('only.in.tests');\n");
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('findSourceKeys (i18next-cli)', () => {
  it('finds literal keys with file and line, plural keys without suffix, and skips ignored files', async () => {
    const keys = await findSourceKeys({ root, input: ['**/*.tsx'], ignore: ['**/*.test.tsx'], namespace: 'luxxon' });
    expect(keys).toEqual([
      { key: 'waiting.checking', file: 'Screen.tsx', line: 9 },
      { key: 'waiting.nope', file: 'Screen.tsx', line: 9 },
      { key: 'waiting.countdown', file: 'Screen.tsx', line: 10 },
    ]);
  });
});

describe('findHardcodedText (i18next-cli)', () => {
  it('finds text written into JSX', async () => {
    const found = await findHardcodedText({ root, input: ['**/*.tsx'], ignore: ['**/*.test.tsx'], namespace: 'luxxon' });
    expect(found).toEqual([{ file: 'Screen.tsx', line: 11, text: 'Try again' }]);
  });
});
