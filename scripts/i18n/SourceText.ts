/** One key of the source locale (English), plural forms grouped under their base key. */
export interface SourceEntry {
  /** Without plural suffix. */
  readonly key: string;
  /** The English text: one form for a plain key, one per category (`one`, `other`) for a plural key. */
  readonly forms: ReadonlyMap<string, string>;
  readonly plural: boolean;
  /** Every placeholder any English form uses. */
  readonly placeholders: readonly string[];
}

/** The source locale as the other checks read it. */
export interface SourceText {
  readonly lng: string;
  readonly file: string;
  readonly entries: ReadonlyMap<string, SourceEntry>;
}

/** English text of an entry for a message, shortened: the `other` form of a plural. */
export function excerpt(entry: SourceEntry): string {
  const text = entry.forms.get('other') ?? entry.forms.get('') ?? [...entry.forms.values()][0] ?? '';
  return JSON.stringify(text.length > 60 ? `${text.slice(0, 59)}…` : text);
}
