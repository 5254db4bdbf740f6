import type { AppCodes } from '../core/codes/appCodes';
import { describeCode } from '../core/codes/codeRegistry';
import type { ExperienceKind } from '../core/experience/ExperienceKind';
import type { LuxxonError } from '../core/errors/LuxxonError';
import type { RecoveryEntry } from '../core/recovery/createRecoveryCoordinator';
import { toLuxxonError } from '../core/errors/toLuxxonError';
import type { LuxxonLabBoundary } from '../react/provider/LuxxonLab';

/** One error a screen shows now, as the devtools list it. */
export interface CaughtError {
  /** The boundary's name, or `undefined` for a `LuxxonErrorScreen` outside any boundary's screen. */
  readonly boundary: string | undefined;
  readonly error: LuxxonError;
  readonly kind: ExperienceKind;
  /** When its screen appeared (ms since the epoch), once it joined the page's recovery. */
  readonly since: number | undefined;
  /** Checks its screen ran (the page's recovery counts them). */
  readonly checks: number;
  /** The failed queries' keys, as JSON. */
  readonly queryKeys: readonly string[];
  /** Retries React Query ran for them, after each first failure. */
  readonly retries: number;
}

const keyText = (key: unknown): string => {
  try {
    return JSON.stringify(key);
  } catch {
    return String(key);
  }
};

/**
 * Every error shown on the page under one provider: each mounted boundary's
 * screen (with its failed queries), then screens outside any boundary.
 *
 * @example readCaught(lab.boundaries, recovery.list(), codes).map((caught) => caught.error.code)
 */
export function readCaught(boundaries: Iterable<LuxxonLabBoundary>, entries: readonly RecoveryEntry[], codes: AppCodes | undefined): CaughtError[] {
  const caught: CaughtError[] = [];
  const matched = new Set<RecoveryEntry>();
  const row = (boundary: string | undefined, error: LuxxonError, entry: RecoveryEntry | undefined, failed: readonly { queryKey: unknown; state: { fetchFailureCount: number } }[]) => ({
    boundary,
    error,
    kind: describeCode(error.code, codes).kind,
    since: entry?.since,
    checks: entry?.checks ?? 0,
    queryKeys: failed.map((q) => keyText(q.queryKey)),
    retries: failed.reduce((sum, q) => sum + Math.max(0, q.state.fetchFailureCount - 1), 0),
  });
  for (const boundary of boundaries) {
    if (boundary.error === undefined) continue;
    // The boundary's screen: what it caught, or the newer error a check of it failed with.
    const caughtError = toLuxxonError(boundary.error);
    const entry = entries.find((e) => e.given === caughtError);
    if (entry) matched.add(entry);
    caught.push(row(boundary.name, entry?.error ?? caughtError, entry, boundary.queries ? [...boundary.queries.failed.values()] : []));
  }
  for (const entry of entries) if (!matched.has(entry)) caught.push(row(undefined, entry.error, entry, []));
  return caught;
}

/** A string that changes whenever what {@link readCaught} lists does (or the boundaries mounted). */
export function caughtSignature(boundaries: Iterable<LuxxonLabBoundary>, caught: readonly CaughtError[]): string {
  return JSON.stringify([
    [...boundaries].map((b) => b.name),
    caught.map((c) => [c.boundary, c.error.code, c.checks, c.since, c.queryKeys, c.retries]),
  ]);
}
