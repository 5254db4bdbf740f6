/** A JSON value read from a locale file. */
export type Json = string | number | boolean | null | readonly Json[] | { readonly [key: string]: Json };

function isObject(value: Json): value is { readonly [key: string]: Json } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The leaves of a nested locale resource by dotted key, in file order
 * (i18next's default `.` key separator). Arrays and other non-objects are
 * leaves, so that the check can say they are not strings.
 *
 * @example flattenResource({ action: { retry: 'Try again' } }) // Map { 'action.retry' => 'Try again' }
 */
export function flattenResource(resource: Json, prefix = ''): Map<string, Json> {
  const leaves = new Map<string, Json>();
  if (!isObject(resource)) {
    leaves.set(prefix, resource);
    return leaves;
  }
  for (const [key, value] of Object.entries(resource)) {
    const path = prefix ? `${prefix}.${key}` : key;
    for (const [leafKey, leaf] of isObject(value) ? flattenResource(value, path) : new Map([[path, value]])) {
      leaves.set(leafKey, leaf);
    }
  }
  return leaves;
}
