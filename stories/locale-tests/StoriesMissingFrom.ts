/**
 * `true` when the module `Variant` re-exports every export of `Source`;
 * otherwise a type naming the missing ones, so that `const upToDate:
 * StoriesMissingFrom<…> = true` fails type-checking in a stale generated file.
 */
export type StoriesMissingFrom<Source, Variant> = [Exclude<keyof Source, keyof Variant>] extends [never]
  ? true
  : { readonly regenerate: 'npx tsx stories/locale-tests/generate.ts'; readonly missing: Exclude<keyof Source, keyof Variant> };
