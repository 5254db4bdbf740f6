/** One section of the benchmark table: a title, column headings and rows of cells. */
export interface TableSection {
  readonly title: string;
  readonly columns: readonly string[];
  readonly rows: readonly (readonly string[])[];
}

/**
 * Formats sections as one plain-text table (first column left-aligned, the
 * others right-aligned), each section with its own column widths.
 *
 * @example formatTable([{ title: 'Size', columns: ['entry', 'gzip'], rows: [['kit', '5,120 B']] }])
 */
export function formatTable(sections: readonly TableSection[]): string {
  const lines: string[] = [];
  for (const section of sections) {
    const all = [section.columns, ...section.rows];
    const widths = section.columns.map((_, c) => Math.max(...all.map((row) => (row[c] ?? '').length)));
    const format = (row: readonly string[]) =>
      row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c] ?? 0) : cell.padStart(widths[c] ?? 0))).join('  ').trimEnd();
    const width = widths.reduce((sum, w) => sum + w, 0) + 2 * (widths.length - 1);
    lines.push('', section.title, '-'.repeat(Math.max(width, section.title.length)), format(section.columns));
    for (const row of section.rows) lines.push(format(row));
  }
  return lines.join('\n');
}

/** `12345` → `12,345`. */
export const int = (n: number): string => Math.round(n).toLocaleString('en-US');

/** Bytes with a thousands separator and their KB (1 KB = 1024 B). */
export const bytes = (n: number): string => `${int(n)} B (${(n / 1024).toFixed(2)} KB)`;
