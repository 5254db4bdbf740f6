import type { LuxxonErrorCode } from '../codes/codes';
import type { ErrorFamily } from '../codes/ErrorFamily';
import type { ExperienceKind } from './ExperienceKind';
import type { ExperienceText } from './messageKeys';

/**
 * What a user can quote to support. Never includes `detail`.
 *
 * @example if (experience.kind === 'generic') copy(`${experience.support.code} ${experience.support.requestId ?? ''}`);
 */
export interface SupportReference {
  readonly code: LuxxonErrorCode;
  readonly statusCode: number;
  readonly timestamp: string;
  readonly requestId: string | undefined;
}

interface ExperienceBase<K extends ExperienceKind> {
  readonly kind: K;
  readonly code: LuxxonErrorCode;
  readonly family: ErrorFamily;
  /** Whether React Query may retry it by itself. */
  readonly retryable: boolean;
  readonly text: ExperienceText;
}

/**
 * The screen to show for one error; `kind` tells which fields exist.
 *
 * @example
 * const experience: Experience = resolveExperience(error);
 * if (experience.kind === 'waiting') scheduleCheck(experience.retryAfterMs);
 */
export type Experience =
  | (ExperienceBase<'top-up'> & {
      /** INSUFFICIENT_CREDIT: a shorter request may fit the balance. */
      readonly canShortenDuration: boolean;
    })
  | ExperienceBase<'re-login'>
  | (ExperienceBase<'waiting'> & {
      /** The server's `Retry-After`, when it sent one. */
      readonly retryAfterMs: number | undefined;
    })
  | ExperienceBase<'permission'>
  | ExperienceBase<'fix-request'>
  | ExperienceBase<'out-of-date'>
  | ExperienceBase<'not-found'>
  | (ExperienceBase<'service-down'> & { readonly support: SupportReference })
  | ExperienceBase<'reload'>
  | (ExperienceBase<'generic'> & {
      readonly support: SupportReference;
      /** The server's English message, for unknown server codes only. */
      readonly serverMessage: string | undefined;
    });

/**
 * The experience of one kind.
 *
 * @example function MyTopUp({ experience }: { experience: ExperienceOf<'top-up'> }) { return experience.canShortenDuration ? <Shorten /> : null; }
 */
export type ExperienceOf<K extends ExperienceKind> = Extract<Experience, { kind: K }>;
