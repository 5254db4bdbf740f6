/**
 * A unified diff of two texts, line by line, with `context` lines around
 * each change (`-` expected, `+` actual); empty when they are equal.
 *
 * @example lineDiff('a\nb', 'a\nc') // '@@ line 2 @@\n a\n-b\n+c'
 */
export function lineDiff(expected: string, actual: string, context = 3): string {
  const a = expected.split('\n');
  const b = actual.split('\n');
  // lcs[i][j]: length of the longest common subsequence of a[i..] and b[j..].
  const lcs = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i -= 1) {
    for (let j = b.length - 1; j >= 0; j -= 1) {
      lcs[i]![j] = a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
    }
  }
  const ops: { readonly sign: ' ' | '-' | '+'; readonly line: string; readonly at: number }[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) ops.push({ sign: ' ', line: a[i++]!, at: j++ });
    else if (j < b.length && (i >= a.length || lcs[i]![j + 1]! > lcs[i + 1]![j]!)) ops.push({ sign: '+', line: b[j]!, at: j++ });
    else ops.push({ sign: '-', line: a[i++]!, at: j });
  }
  const keep = ops.map((op, k) => ops.slice(Math.max(0, k - context), k + context + 1).some((o) => o.sign !== ' '));
  const out: string[] = [];
  ops.forEach((op, k) => {
    if (!keep[k]) return;
    if (k === 0 || !keep[k - 1]) out.push(`@@ line ${op.at + 1} @@`);
    out.push(`${op.sign}${op.line}`);
  });
  return out.join('\n');
}
