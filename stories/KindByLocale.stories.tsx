import type { Meta, StoryObj } from '@storybook/react-vite';
import { createLuxxonI18n, loadLuxxonLocale, LuxxonErrorScreen, LuxxonProvider, type CheckOutcome, type SupportedLocale } from '@luxxon/react-errors';
import type { i18n as I18n } from 'i18next';
import { expect, fn, spyOn, within } from 'storybook/test';
import { EXPERIENCE_KINDS, MESSAGE_KEYS } from '@luxxon/react-errors/core';
import { SAMPLE_CODE_OF_KIND, sampleError } from '../test/support/sampleErrors';
import { STORY_HOME_URL, STORY_SUPPORT_URL, STORY_TOP_UP_URL } from './support/storyConfig';

const A = MESSAGE_KEYS.action;

/** The columns: English, the longest (German, pseudo-accents), right to left, CJK. */
const GRID_LOCALES = ['en', 'de', 'ar', 'ja', 'en-XA'] as const satisfies readonly SupportedLocale[];

const never = <T,>() => new Promise<T>(() => undefined);

interface GridRow {
  readonly id: string;
  readonly label: string;
  readonly code: string;
  readonly onReauthenticate?: () => Promise<void>;
  readonly onCheck?: () => Promise<CheckOutcome>;
  /** The button the play function presses in every cell of the row, and the text that must show then. */
  readonly drive?: { readonly press: string; readonly shows: string };
}

const ROWS: readonly GridRow[] = [
  ...EXPERIENCE_KINDS.map((kind) => ({ id: kind, label: kind, code: SAMPLE_CODE_OF_KIND[kind] })),
  { id: 'checking', label: 'waiting · checking', code: 'NO_COVERAGE', onCheck: () => never(), drive: { press: A.checkNow, shows: MESSAGE_KEYS.waiting.checking } },
  { id: 'stopped', label: 'waiting · stopped', code: 'NO_COVERAGE', drive: { press: A.cancel, shows: MESSAGE_KEYS.waiting.stopped } },
  { id: 'signing-in', label: 're-login · signing in', code: 'NOT_AUTHENTICATED', onReauthenticate: () => never(), drive: { press: A.signIn, shows: MESSAGE_KEYS.reLogin.pending } },
  {
    id: 'failed',
    label: 're-login · sign-in failed',
    code: 'NOT_AUTHENTICATED',
    onReauthenticate: () => Promise.reject(new Error('closed')),
    drive: { press: A.signIn, shows: MESSAGE_KEYS.reLogin.failed },
  },
  {
    id: 'switch-failed',
    label: 'permission · other account failed',
    code: 'NOT_YOUR_SESSION',
    onReauthenticate: () => Promise.reject(new Error('closed')),
    drive: { press: A.switchAccount, shows: MESSAGE_KEYS.reLogin.failed },
  },
  { id: 'copied', label: 'service-down · copied', code: 'DATABASE_ERROR', drive: { press: A.copy, shows: MESSAGE_KEYS.support.copied } },
];

type GridInstances = Readonly<Record<(typeof GRID_LOCALES)[number], I18n>>;

async function loadGridLocales(): Promise<{ grid: GridInstances }> {
  const entries = await Promise.all(
    GRID_LOCALES.map(async (lng) => {
      const i18n = createLuxxonI18n(lng);
      await loadLuxxonLocale(i18n, lng);
      await i18n.changeLanguage(lng);
      return [lng, i18n] as const;
    }),
  );
  return { grid: Object.fromEntries(entries) as GridInstances };
}

function gridOf(loaded: Record<string, unknown>): GridInstances {
  const grid = loaded['grid'] as GridInstances | undefined;
  if (grid === undefined) throw new Error('The grid loader did not run.');
  return grid;
}

function KindByLocale({ grid, onRetry }: { grid: GridInstances; onRetry: () => void }) {
  return (
    <table className="sb-grid">
      <thead>
        <tr>
          <td />
          {GRID_LOCALES.map((lng) => (
            <th key={lng} scope="col" lang="en">
              {lng}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {ROWS.map((row) => (
          <tr key={row.id} data-row={row.id}>
            <th scope="row" lang="en">
              <span>{row.label}</span>
              <code>{row.code}</code>
            </th>
            {GRID_LOCALES.map((lng) => (
              <td key={lng} data-locale={lng}>
                <LuxxonProvider
                  i18n={grid[lng]}
                  topUpUrl={STORY_TOP_UP_URL}
                  supportUrl={STORY_SUPPORT_URL}
                  homeUrl={STORY_HOME_URL}
                  onReauthenticate={row.onReauthenticate}
                >
                  <LuxxonErrorScreen
                    error={sampleError(row.code)}
                    onRetry={onRetry}
                    onCheck={row.onCheck ?? (() => never())}
                    onShortenDuration={() => undefined}
                  />
                </LuxxonProvider>
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * Every kind of screen, and the states users and time lead to (checking,
 * stopped, signing in, sign-in failed, copied), in five locales side by side
 * (English, German, Arabic, Japanese, pseudo-accents): the page a designer
 * scans in one view, in the toolbar's theme. The tab is marked hidden here,
 * so the waiting row shows its paused state. Cards are 24 rem wide: the
 * narrow layout (full-width actions, one-column reference); "By code" shows
 * the wide one.
 */
const meta = {
  title: 'Error page/Kind × locale',
  id: 'error-page-kind-by-locale',
  parameters: { layout: 'padded' },
  args: { onRetry: fn() },
  loaders: [loadGridLocales],
  beforeEach: () => {
    spyOn(navigator.clipboard, 'writeText').mockResolvedValue(undefined);
    // Paused: the tab is in the background (for this page only).
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
    document.dispatchEvent(new Event('visibilitychange'));
    return () => {
      Reflect.deleteProperty(document, 'visibilityState');
      document.dispatchEvent(new Event('visibilitychange'));
    };
  },
  render: (args, { loaded }) => <KindByLocale {...args} grid={gridOf(loaded)} />,
} satisfies Meta<{ onRetry: () => void }>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Grid: Story = {
  play: async ({ canvasElement, loaded, userEvent }) => {
    const grid = gridOf(loaded);
    await expect(canvasElement.querySelectorAll('.lx-error')).toHaveLength(ROWS.length * GRID_LOCALES.length);
    for (const lng of GRID_LOCALES) {
      const waiting = canvasElement.querySelector(`tr[data-row="waiting"] td[data-locale="${lng}"]`) as HTMLElement;
      await expect(within(waiting).getByText(grid[lng].t(MESSAGE_KEYS.waiting.paused))).toBeVisible();
    }
    for (const row of ROWS) {
      if (row.drive === undefined) continue;
      const { press, shows } = row.drive;
      for (const lng of GRID_LOCALES) {
        const cell = within(canvasElement.querySelector(`tr[data-row="${row.id}"] td[data-locale="${lng}"]`) as HTMLElement);
        await userEvent.click(cell.getByRole('button', { name: grid[lng].t(press) }));
        await expect(await cell.findByText(grid[lng].t(shows))).toBeVisible();
      }
    }
  },
};
