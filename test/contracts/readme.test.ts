import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CODE_REGISTRY } from '../../src/core/codes/codeRegistry';

const readme = readFileSync(path.resolve('README.md'), 'utf8');

/** Rows of the README's "Code → experience" table: code, status, family, experience kind, retries. */
function tableRows() {
  return [...readme.matchAll(/^\| `([A-Z_]+)` \| (\d+|—) \| ([a-z-]+) \| ([a-z-]+) \| (yes|no) \|/gm)].map((m) => ({
    code: m[1]!,
    status: m[2] === '—' ? 0 : Number(m[2]),
    family: m[3],
    kind: m[4],
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

/** README.md and every guide in docs/. */
const DOCS = ['README.md', ...readdirSync(path.resolve('docs')).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)];

interface CodeBlock {
  readonly doc: string;
  /** 1-based line of the opening fence. */
  readonly line: number;
  readonly lang: 'ts' | 'tsx';
  /** Words after the language: `fragment`, `name=App.tsx`, `file=examples/next/app/page.tsx`. */
  readonly info: ReadonlyMap<string, string>;
  readonly code: string;
}

function codeBlocks(doc: string): CodeBlock[] {
  const text = readFileSync(path.resolve(doc), 'utf8');
  return [...text.matchAll(/^( *)```(tsx?)([^\n]*)\n([\s\S]*?)^\1```$/gm)].map((m) => ({
    doc,
    line: text.slice(0, m.index).split('\n').length,
    lang: m[2] as 'ts' | 'tsx',
    info: new Map(
      m[3]!
        .trim()
        .split(/\s+/)
        .filter(Boolean)
        .map((word) => [word.split('=')[0]!, word.split('=')[1] ?? ''] as const),
    ),
    // Blocks inside a list item are indented with it.
    code: m[4]!.replace(new RegExp(`^${m[1]}`, 'gm'), ''),
  }));
}

const BLOCKS = DOCS.flatMap(codeBlocks);

describe('code blocks of README.md and docs/*.md', () => {
  it('are mostly complete programs: fragments (```tsx fragment) stay rare', () => {
    const fragments = BLOCKS.filter((b) => b.info.has('fragment'));
    expect(BLOCKS.length).toBeGreaterThan(10);
    expect(fragments.map((b) => `${b.doc}:${b.line}`).length).toBeLessThanOrEqual(4);
  });

  it('that show a file of examples/ are that file, as it is (the example type-checks and runs in npm run test:next)', () => {
    const shown = BLOCKS.filter((b) => b.info.has('file'));
    expect(shown.length).toBeGreaterThan(0);
    for (const block of shown) expect(block.code, `${block.doc}:${block.line}`).toBe(readFileSync(path.resolve(block.info.get('file')!), 'utf8'));
  });

  it('type-check as written, against the package (tsc, strict, no bundler types for the stylesheet)', () => {
    const dir = path.resolve('node_modules/.cache/luxxon-doc-blocks');
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const origin = new Map<string, CodeBlock>();
    BLOCKS.filter((b) => !b.info.has('fragment') && !b.info.has('file')).forEach((block, i) => {
      const file = block.info.get('name') ?? `${block.doc.replace(/[/.]/g, '_')}_${block.line}_${i}.${block.lang}`;
      expect(origin.has(file), `two blocks named ${file}`).toBe(false);
      origin.set(file, block);
      writeFileSync(path.join(dir, file), block.code);
    });
    writeFileSync(
      path.join(dir, 'tsconfig.json'),
      JSON.stringify({
        extends: '../../../tsconfig.json',
        compilerOptions: {
          // Each block is a module of its own, as a file in an app is.
          moduleDetection: 'force',
          noUncheckedSideEffectImports: true,
          allowImportingTsExtensions: false,
          paths: {
            '@luxxon/react-errors': ['../../../src/index.ts'],
            '@luxxon/react-errors/core': ['../../../src/core/index.ts'],
            '@luxxon/react-errors/testing': ['../../../src/testing/index.ts'],
            '@luxxon/react-errors/styles.css': ['../../../src/styles.css.d.ts'],
            '@luxxon/react-errors/devtools': ['../../../src/devtools/index.ts'],
            '@luxxon/react-errors/devtools/production': ['../../../src/devtools/production.ts'],
            '@luxxon/react-errors/devtools.css': ['../../../src/devtools/devtools.css.d.ts'],
          },
        },
        include: ['*.ts', '*.tsx'],
      }),
    );
    const result = spawnSync(path.resolve('node_modules/.bin/tsc'), ['-p', dir, '--pretty', 'false'], { encoding: 'utf8', timeout: 60_000 });
    // Errors point at the document and the line in it.
    const errors = `${result.stdout}${result.stderr}`.replace(/^(?:node_modules\/\.cache\/luxxon-doc-blocks\/)?([^(\s]+)\((\d+),(\d+)\)/gm, (all, file: string, line: string) => {
      const block = origin.get(path.basename(file));
      return block ? `${block.doc}:${block.line + Number(line)}` : all;
    });
    expect(errors).toBe('');
    expect(result.status).toBe(0);
    rmSync(dir, { recursive: true, force: true });
  }, 60_000);
});

/** Guides linked before they exist: none now. */
const PENDING_GUIDES = new Set<string>();

describe('links of README.md and docs/*.md', () => {
  it('point at files of the repository', () => {
    const broken: string[] = [];
    for (const doc of DOCS) {
      const text = readFileSync(path.resolve(doc), 'utf8');
      for (const [, target] of text.matchAll(/\]\(([^)#\s]+)(?:#[^)]*)?\)/g)) {
        if (/^[a-z]+:/.test(target!)) continue;
        const file = path.relative(path.resolve('.'), path.resolve(path.dirname(doc), target!));
        if (!PENDING_GUIDES.has(file) && !existsSync(path.resolve(file))) broken.push(`${doc}: ${target}`);
      }
    }
    expect(broken).toEqual([]);
  });
});
