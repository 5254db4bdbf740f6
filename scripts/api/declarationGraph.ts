import { parse } from '@babel/parser';

type Program = ReturnType<typeof parse>['program'];
type Statement = Program['body'][number];

/** One top-level declaration of a `.d.ts` file, printed without comments. */
export interface Declaration {
  /** `interface`, `type`, `function`, `const`, `class`, `enum` or `namespace`. */
  readonly kind: string;
  /** The declaration's text: comments and blank lines dropped, no `declare`/`export` prefix. */
  readonly text: string;
  /** Whether its JSDoc says `@internal`. */
  readonly internal: boolean;
  /** Names it refers to in type positions (and `extends`), to follow. */
  readonly references: readonly string[];
}

/** What one `.d.ts` file declares, imports from its siblings and exports. */
export interface DeclarationModule {
  /** Local name → its declarations (several for overloads and merged declarations). */
  readonly declarations: ReadonlyMap<string, readonly Declaration[]>;
  /** Local name → where it comes from (relative specifier, name there). */
  readonly imports: ReadonlyMap<string, { readonly from: string; readonly name: string }>;
  /** Exported name → local name, or a re-export from a sibling. */
  readonly exports: ReadonlyMap<string, { readonly local: string } | { readonly from: string; readonly name: string }>;
}

const KINDS: Partial<Record<Statement['type'], string>> = {
  TSInterfaceDeclaration: 'interface',
  TSTypeAliasDeclaration: 'type',
  TSDeclareFunction: 'function',
  FunctionDeclaration: 'function',
  VariableDeclaration: 'const',
  ClassDeclaration: 'class',
  TSEnumDeclaration: 'enum',
  TSModuleDeclaration: 'namespace',
};

function namesOf(statement: Statement): string[] {
  switch (statement.type) {
    case 'VariableDeclaration':
      return statement.declarations.flatMap((d) => (d.id.type === 'Identifier' ? [d.id.name] : []));
    case 'TSModuleDeclaration':
      return statement.id.type === 'Identifier' ? [statement.id.name] : [];
    case 'TSInterfaceDeclaration':
    case 'TSTypeAliasDeclaration':
    case 'TSEnumDeclaration':
      return [statement.id.name];
    case 'TSDeclareFunction':
    case 'FunctionDeclaration':
    case 'ClassDeclaration':
      return statement.id ? [statement.id.name] : [];
    default:
      return [];
  }
}

function leftmost(node: { type: string; name?: string; left?: unknown }): string | undefined {
  if (node.type === 'Identifier') return node.name;
  if (node.type === 'TSQualifiedName') return leftmost(node.left as { type: string });
  return undefined;
}

/** Names used as types (`Foo`, `Foo.Bar`, `typeof foo`, `extends Foo`) anywhere inside `node`. */
function typeReferences(node: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(node)) {
    for (const child of node) typeReferences(child, found);
    return found;
  }
  if (typeof node !== 'object' || node === null) return found;
  const n = node as Record<string, unknown> & { type?: string };
  const target =
    n.type === 'TSTypeReference' ? n['typeName'] :
    n.type === 'TSTypeQuery' ? n['exprName'] :
    n.type === 'TSExpressionWithTypeArguments' || n.type === 'TSInterfaceHeritage' ? n['expression'] :
    n.type === 'ClassDeclaration' ? n['superClass'] : undefined;
  if (typeof target === 'object' && target !== null) {
    const name = leftmost(target as { type: string });
    if (name !== undefined) found.add(name);
  }
  for (const [key, value] of Object.entries(n)) {
    if (key !== 'loc' && key !== 'leadingComments' && key !== 'trailingComments' && key !== 'innerComments') typeReferences(value, found);
  }
  return found;
}

/** The `{ a, b }` part of a function's destructured parameters, to print as `props`. */
function destructuredParams(statement: Statement): { start: number; end: number; text: string }[] {
  if (statement.type !== 'TSDeclareFunction' && statement.type !== 'FunctionDeclaration') return [];
  return statement.params.flatMap((param) => {
    if (param.type !== 'ObjectPattern' || param.start == null) return [];
    const end = param.typeAnnotation?.start ?? param.end;
    return end == null ? [] : [{ start: param.start, end, text: 'props' }];
  });
}

/**
 * Reads one `.d.ts` file (as tsdown emits them: declarations, imports from
 * sibling chunks, one `export { … }` list).
 *
 * @example readDeclarations('declare const A = 1;\nexport { A };').exports.get('A') // { local: 'A' }
 */
export function readDeclarations(source: string): DeclarationModule {
  const file = parse(source, { sourceType: 'module', plugins: [['typescript', { dts: true }]] });
  const comments = (file.comments ?? []).map((c) => ({ start: c.start ?? 0, end: c.end ?? 0, value: c.value }));
  const declarations = new Map<string, Declaration[]>();
  const imports = new Map<string, { from: string; name: string }>();
  const exports = new Map<string, { local: string } | { from: string; name: string }>();

  /** `statement`'s text, comments dropped and destructured parameters named `props` (a destructuring is not API). */
  const print = (statement: Statement, start: number, end: number) => {
    const cuts = [
      ...comments.filter((c) => c.start >= start && c.end <= end).map((c) => ({ start: c.start, end: c.end, text: '' })),
      ...destructuredParams(statement),
    ].sort((a, b) => a.start - b.start);
    let text = '';
    let at = start;
    for (const cut of cuts) {
      if (cut.start < at) continue;
      text += source.slice(at, cut.start) + cut.text;
      at = cut.end;
    }
    text += source.slice(at, end);
    return text
      .split('\n')
      .map((line) => line.trimEnd())
      .filter((line) => line !== '')
      .join('\n')
      .replace(/^(export\s+)?(declare\s+)?/, '');
  };
  const jsDocBefore = (start: number) => {
    const comment = comments.filter((c) => c.end <= start).at(-1);
    return comment !== undefined && source.slice(comment.end, start).trim() === '' ? comment.value : '';
  };
  const declare = (statement: Statement, start: number) => {
    const kind = KINDS[statement.type];
    if (kind === undefined || statement.start == null || statement.end == null) return [];
    const names = namesOf(statement);
    const declaration: Declaration = {
      kind,
      text: print(statement, statement.start, statement.end),
      internal: /@internal\b/.test(jsDocBefore(start)),
      references: [...typeReferences(statement)].sort(),
    };
    for (const name of names) declarations.set(name, [...(declarations.get(name) ?? []), declaration]);
    return names;
  };

  for (const statement of file.program.body) {
    if (statement.type === 'ImportDeclaration') {
      if (!statement.source.value.startsWith('.')) continue;
      for (const specifier of statement.specifiers) {
        if (specifier.type !== 'ImportSpecifier') continue;
        const name = specifier.imported.type === 'Identifier' ? specifier.imported.name : specifier.imported.value;
        imports.set(specifier.local.name, { from: statement.source.value, name });
      }
    } else if (statement.type === 'ExportNamedDeclaration') {
      if (statement.declaration) {
        for (const name of declare(statement.declaration as Statement, statement.start ?? 0)) exports.set(name, { local: name });
      }
      for (const specifier of statement.specifiers) {
        if (specifier.type !== 'ExportSpecifier') continue;
        const exported = specifier.exported.type === 'Identifier' ? specifier.exported.name : specifier.exported.value;
        exports.set(exported, statement.source ? { from: statement.source.value, name: specifier.local.name } : { local: specifier.local.name });
      }
    } else {
      declare(statement, statement.start ?? 0);
    }
  }
  return { declarations, imports, exports };
}
