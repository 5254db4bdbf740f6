import { describe, expect, it } from 'vitest';
import { apiEntries, reportFile } from './apiEntries';
import { lineDiff } from './lineDiff';
import { renderApiReport, siblingDts } from './renderApiReport';

// What tsdown emits: a chunk with short aliases, and an entry importing from it.
const FILES: Record<string, string> = {
  'dist/chunk-Ab12.d.ts': `//#region src/core/codes.d.ts
/** The codes. */
declare const CODES: readonly ['A', 'B'];
type Code = (typeof CODES)[number];
/** Options, reached but not exported. */
interface Options {
  /** The code. */
  readonly code: Code;
}
//#endregion
export { Code as n, CODES as r, Options as t };`,
  'dist/core.d.ts': `import { n as Code, r as CODES, t as Options } from "./chunk-Ab12.js";

//#region src/core/describe.d.ts
/**
 * Describes.
 * @example describe('A')
 */
declare function describe(code: Code): string;
declare function describe(code: Code, options: Options): string;
declare function Screen({
  code,
  options
}: { code: Code; options: Options }): string;
/** @internal For the kit's own screens. */
declare const SECRET = 1;
//#endregion
export { CODES, type Code, SECRET, Screen, describe };
`,
};

const read = (file: string) => {
  const text = FILES[file];
  if (text === undefined) throw new Error(`no ${file}`);
  return text;
};
const report = () => renderApiReport('@luxxon/x', { subpath: './core', types: './dist/core.d.ts' }, read);

describe('renderApiReport', () => {
  it('lists every export in name order (code units), resolved through the chunks, without comments', () => {
    expect(report()).toContain(`## Exports (4)

### \`CODES\` — const

\`\`\`ts
const CODES: readonly ['A', 'B'];
\`\`\`

### \`Code\` — type

\`\`\`ts
type Code = (typeof CODES)[number];
\`\`\`

### \`Screen\` — function

\`\`\`ts
function Screen(props: { code: Code; options: Options }): string;
\`\`\`

### \`describe\` — function

\`\`\`ts
function describe(code: Code): string;
function describe(code: Code, options: Options): string;
\`\`\``);
  });

  it('titles the report after the entry, never after a hashed chunk', () => {
    expect(report()).toMatch(/^# API report: `@luxxon\/x\/core`\n/);
    expect(report()).not.toContain('chunk-Ab12');
  });

  it('lists the types the exports reach without exporting them', () => {
    expect(report()).toContain('## Reached from the exports, not exported');
    expect(report()).toContain('### `Options` — interface\n\n```ts\ninterface Options {\n  readonly code: Code;\n}\n```');
  });

  it('leaves @internal exports out', () => {
    expect(report()).not.toContain('SECRET');
  });

  it('changes when a signature changes', () => {
    const before = report();
    FILES['dist/core.d.ts'] = FILES['dist/core.d.ts']!.replace('describe(code: Code): string', 'describe(code: Code): number');
    expect(report()).not.toBe(before);
  });
});

describe('siblingDts', () => {
  it('maps a chunk import to its .d.ts beside the importer', () => {
    expect(siblingDts('dist/index.d.ts', './LuxxonError-D0G_AeUj.js')).toBe('dist/LuxxonError-D0G_AeUj.d.ts');
    expect(siblingDts('dist/a/b.d.ts', '../c.js')).toBe('dist/c.d.ts');
  });
});

describe('apiEntries', () => {
  it('takes every exports subpath with a types file, in order, and names its report', () => {
    const entries = apiEntries({
      '.': { types: './dist/index.d.ts', import: './dist/index.js' },
      './core': { types: './dist/core.d.ts' },
      './devtools': { types: './dist/devtools.d.ts' },
      './styles.css': './dist/styles.css',
      './package.json': './package.json',
    });
    expect(entries.map((e) => [e.subpath, reportFile(e)])).toEqual([
      ['.', 'api/index.api.md'],
      ['./core', 'api/core.api.md'],
      ['./devtools', 'api/devtools.api.md'],
    ]);
  });
});

describe('lineDiff', () => {
  it('is empty for equal texts', () => {
    expect(lineDiff('a\nb', 'a\nb')).toBe('');
  });

  it('shows removed and added lines with their context', () => {
    expect(lineDiff('a\nb\nc\nd\ne\nf\ng\nh', 'a\nb\nc\nd\nE\nf\ng\nh', 1)).toBe('@@ line 4 @@\n d\n-e\n+E\n f');
  });
});
