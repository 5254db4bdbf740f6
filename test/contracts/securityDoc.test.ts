import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../src/core/errors/limits';

const doc = readFileSync(path.resolve('docs/security.md'), 'utf8');

describe('docs/security.md', () => {
  it('lists every limit with the value LIMITS has', () => {
    const rows = Object.fromEntries([...doc.matchAll(/^\| `(\w+)` \| (\d+) \|/gm)].map((m) => [m[1], Number(m[2])]));
    expect(rows).toEqual({ ...LIMITS });
  });
});
