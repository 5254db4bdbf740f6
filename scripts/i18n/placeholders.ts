// `{{name}}`, `{{- name}}` (unescaped) and `{{name, format}}`, as i18next interpolates them.
const PLACEHOLDER = /\{\{\s*-?\s*([^{}\s,]+)\s*(?:,[^{}]*)?\}\}/g;

/**
 * The interpolation placeholders in a string, by name, sorted and unique.
 *
 * @example placeholdersOf('Checking again in {{count}} seconds') // ['count']
 */
export function placeholdersOf(text: string): string[] {
  return [...new Set(Array.from(text.matchAll(PLACEHOLDER), (m) => m[1] ?? ''))].sort();
}

/**
 * Every placeholder in `text` wrapped as written (`{{count}}`), so callers
 * can leave them untouched.
 *
 * @example splitOnPlaceholders('in {{count}} s') // ['in ', '{{count}}', ' s']
 */
export function splitOnPlaceholders(text: string): string[] {
  return text.split(/(\{\{[^{}]*\}\})/g).filter((part) => part !== '');
}
