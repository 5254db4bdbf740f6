import { useState } from 'react';
import { storyNameFromExport, toId } from 'storybook/internal/csf';
import { CODE_REGISTRY, describeCode, type CodeInfo } from '@luxxon/react-errors/core';
// Internal (not in the package's API): which keys a code's text comes from.
import { textKeys } from '../../src/core/experience/messageKeys';
import { isLuxxonError, createLuxxonI18n } from '@luxxon/react-errors';
import byCodeMeta, * as byCode from '../ErrorPage.stories';

/** What the docs table says about one code. */
export interface CodeRow {
  readonly code: string;
  readonly info: CodeInfo;
  /** The documented HTTP status, as shown. */
  readonly status: string;
  /** The id of the code's story in "Error page/By code", if it has one. */
  readonly storyId: string | undefined;
}

const UNKNOWN_CODE_LABEL = 'any other code';

function storyIdOf(code: string): string | undefined {
  const story = (byCode as Record<string, unknown>)[code] as { args?: { error?: unknown } } | undefined;
  const error = story?.args?.error;
  return isLuxxonError(error) && error.code === code ? toId(byCodeMeta.title, storyNameFromExport(code)) : undefined;
}

/** One row per code of the registry, then the row of codes the kit does not know. */
export function codeRows(): CodeRow[] {
  const rows = Object.entries(CODE_REGISTRY).map(
    ([code, info]): CodeRow => ({ code, info, status: info.status === 0 ? 'set by the kit' : String(info.status), storyId: storyIdOf(code) }),
  );
  const unknown: CodeRow = {
    code: UNKNOWN_CODE_LABEL,
    info: describeCode(''),
    status: 'any',
    storyId: toId(byCodeMeta.title, storyNameFromExport('UnknownCode')),
  };
  return [...rows, unknown];
}

function automaticRetry({ retryable, kind }: CodeInfo): string {
  const parts = [
    retryable ? 'React Query retries with backoff' : undefined,
    kind === 'waiting' ? 'the screen checks again on a countdown' : undefined,
  ].filter(Boolean);
  return parts.length > 0 ? parts.join('; then ') : 'no: the user acts';
}

/**
 * The code → experience → retry table, generated from the core's
 * CODE_REGISTRY: a code added there shows up here, with a link to its story
 * (or "no story" when it lacks one, which its own story test catches).
 * English titles are the kit's real strings.
 */
export function CodeTable() {
  const [{ t }] = useState(() => createLuxxonI18n('en'));
  return (
    <table className="sb-code-table" lang="en" dir="ltr">
      <caption>Every code the kit knows, the screen it gets and whether it is retried without the user</caption>
      <thead>
        <tr>
          <th scope="col">Code</th>
          <th scope="col">HTTP</th>
          <th scope="col">Family</th>
          <th scope="col">Experience</th>
          <th scope="col">Retried automatically</th>
          <th scope="col">Title (English)</th>
        </tr>
      </thead>
      <tbody>
        {codeRows().map(({ code, info, status, storyId }) => (
          <tr key={code} data-code={code}>
            <th scope="row">
              {storyId ? (
                <a href={`./?path=/story/${storyId}`} target="_top">
                  <code>{code}</code>
                </a>
              ) : (
                <>
                  <code>{code}</code> <strong>(no story)</strong>
                </>
              )}
            </th>
            <td className="sb-code-table__nowrap">{status}</td>
            <td className="sb-code-table__nowrap">{info.family}</td>
            <td className="sb-code-table__nowrap">{info.kind}</td>
            <td>{automaticRetry(info)}</td>
            <td>{t([...textKeys(code).title])}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
