import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CODE_REGISTRY } from './core/codeRegistry';

const readme = readFileSync(path.resolve('README.md'), 'utf8');

/** Rows of the README's "Code → experience" table: code, status, family, experience, retries. */
function tableRows() {
  return [...readme.matchAll(/^\| `([A-Z_]+)` \| (\d+|—) \| ([a-z-]+) \| ([a-z-]+) \| (yes|no) \|/gm)].map((m) => ({
    code: m[1]!,
    status: m[2] === '—' ? 0 : Number(m[2]),
    family: m[3],
    experience: m[4],
    retryable: m[5] === 'yes',
  }));
}

describe('README', () => {
  it('documents every code exactly as the registry has it', () => {
    const expected = Object.entries(CODE_REGISTRY).map(([code, info]) => ({ code, ...info }));
    expect(tableRows()).toEqual(expected);
  });

  it('gives the two commands', () => {
    expect(readme).toContain('npm ci && npm start');
    expect(readme).toContain('npm ci && npm test');
  });

  it('is what CI runs: .ci/run ends with exactly the README\'s test command', () => {
    const ci = readFileSync(path.resolve('.ci/run'), 'utf8').trim().split('\n');
    expect(ci.at(-1)).toBe('npm ci && npm test');
  });
});
