import type { Meta, StoryObj } from '@storybook/react-vite';
import { useId } from 'react';
import { expect, fn, within } from 'storybook/test';
import { EXPERIENCE_KINDS, type ExperienceKind } from '@luxxon/react-errors/core';
import {
  LuxxonErrorScreen,
  useLuxxonScreen,
  type CheckOutcome,
  type LuxxonScreenAction,
  type LuxxonScreenProps,
  type LuxxonScreens,
  type LuxxonScreenVariant,
} from '@luxxon/react-errors';
import { SAMPLE_CODE_OF_KIND, sampleError } from '../test/support/sampleErrors';
import { storyKit } from './support/luxxonLoader';
import { stillWaiting } from './support/playCodeScreen';
import './BringYourOwnDesignSystem.css';

/** One action in the story's design: a pill, filled when primary. */
function Pill({ action }: { action: LuxxonScreenAction }) {
  const name = action.busy && action.busyLabel ? action.busyLabel : action.label;
  const hint = action.newTabLabel && <span className="byo-sr-only"> ({action.newTabLabel})</span>;
  return action.kind === 'link' ? (
    <a className="byo-button" data-primary={action.primary} href={action.href} target={action.opensNewTab ? '_blank' : undefined} rel="noreferrer" onClick={action.onPress}>
      {name}
      {hint}
    </a>
  ) : (
    <button type="button" className="byo-button" data-primary={action.primary} aria-disabled={action.busy || action.disabled} aria-busy={action.busy} onClick={action.onPress}>
      {name}
    </button>
  );
}

/** Every kind's screen in the story's own design, driven only by `useLuxxonScreen`. */
function DesignScreen({ error }: LuxxonScreenProps) {
  const screen = useLuxxonScreen(error);
  const titleId = useId();
  return (
    <div className="byo-card" data-tone={screen.tone} data-testid={`byo-${screen.kind}`} role={screen.role} aria-labelledby={titleId} lang={screen.lang} dir={screen.dir}>
      <p className="byo-card__code" dir="ltr">
        {screen.code}
      </p>
      <h2 className="byo-card__title" id={titleId}>
        {screen.title}
      </h2>
      <p className="byo-card__text">{screen.description}</p>
      {screen.serverMessage && (
        <p className="byo-card__quote">
          {screen.serverMessage.label}{' '}
          <q>
            <bdi lang={screen.serverMessage.lang} dir="ltr">
              {screen.serverMessage.text}
            </bdi>
          </q>
        </p>
      )}
      {screen.note && (
        <p className="byo-card__note" data-tone={screen.note.tone} aria-live={screen.note.live}>
          {screen.note.text} {screen.note.action && <Pill action={screen.note.action} />}
        </p>
      )}
      <div className="byo-actions">
        {screen.actions.map((action) => (
          <Pill key={action.id} action={action} />
        ))}
      </div>
      {screen.support && (
        <div className="byo-support" role="group" aria-label={screen.support.heading}>
          <dl>
            {screen.support.rows.map((row) => (
              <div key={row.id}>
                <dt>{row.label}</dt>
                <dd>{row.value}</dd>
              </div>
            ))}
          </dl>
          <button type="button" className="byo-button" onClick={screen.support.copy}>
            {screen.support.copyLabel}
          </button>{' '}
          <span role="status">{screen.support.copied ? screen.support.copiedLabel : ''}</span>
        </div>
      )}
    </div>
  );
}

const DESIGN_SCREENS = Object.fromEntries(EXPERIENCE_KINDS.map((kind) => [kind, DesignScreen])) as LuxxonScreens;

interface StoryArgs {
  onRetry: () => void;
  onCheck: () => Promise<CheckOutcome>;
  onShortenDuration: () => void;
}

function screenOf(kind: ExperienceKind, args: StoryArgs, more: { screens?: LuxxonScreens; variant?: LuxxonScreenVariant } = {}) {
  return <LuxxonErrorScreen error={sampleError(SAMPLE_CODE_OF_KIND[kind])} {...args} {...more} />;
}

function EveryKind(args: StoryArgs) {
  return (
    <ul className="byo-grid">
      {EXPERIENCE_KINDS.map((kind) => (
        <li key={kind}>{screenOf(kind, args, { screens: DESIGN_SCREENS })}</li>
      ))}
    </ul>
  );
}

function Variants(args: StoryArgs) {
  return (
    <ul className="byo-variants">
      {EXPERIENCE_KINDS.map((kind) => (
        <li key={kind} className="byo-variants__row" data-testid={`variants-${kind}`}>
          <p className="byo-caption" lang="en">
            {kind}: page · section · inline
          </p>
          {screenOf(kind, args, { variant: 'page' })}
          {screenOf(kind, args, { variant: 'section' })}
          <form className="byo-variants__form" onSubmit={(event) => event.preventDefault()}>
            {screenOf(kind, args, { variant: 'inline' })}
            <button type="submit" className="byo-button" lang="en">
              Save
            </button>
          </form>
        </li>
      ))}
    </ul>
  );
}

/**
 * Bring your own design system: every kind rendered by a custom screen built
 * only from `useLuxxonScreen` (the story's own markup and CSS, nothing of the
 * kit's), and the kit's three layouts, `page`, `section` and `inline`, for
 * every kind. Same text, same actions.
 */
const meta = {
  title: 'Error page/Bring your own design system',
  component: EveryKind,
  args: { onRetry: fn(), onCheck: fn(stillWaiting), onShortenDuration: fn() },
  parameters: { layout: 'padded' },
} satisfies Meta<typeof EveryKind>;

export default meta;
type Story = StoryObj<typeof meta>;

export const AnotherDesign: Story = {
  render: (args) => <EveryKind {...args} />,
  play: async (context) => {
    const { i18n, locale, dir } = storyKit(context);
    const canvas = within(context.canvasElement);
    for (const kind of EXPERIENCE_KINDS) {
      const card = await canvas.findByTestId(`byo-${kind}`);
      await expect(card).toHaveAttribute('role', kind === 'waiting' ? 'status' : 'alert');
      await expect(card).toHaveAttribute('lang', locale);
      await expect(card).toHaveAttribute('dir', dir);
      const heading = within(card).getByRole('heading', { level: 2 });
      await expect(heading.textContent).toBe(i18n.t([`code.${SAMPLE_CODE_OF_KIND[kind]}.title`, 'generic.title']));
      await expect(within(card).getAllByRole('button').length).toBeGreaterThan(0);
    }
    // Nothing of the kit's look: no lx- class anywhere on the page's screens.
    await expect(context.canvasElement.querySelector('[class*="lx-"]')).toBeNull();
    // The hook's actions act: "Try again" on the conflict card runs onRetry.
    await context.userEvent.click(within(await canvas.findByTestId('byo-out-of-date')).getByRole('button'));
    await expect(context.args.onRetry).toHaveBeenCalledTimes(1);
  },
};

export const EveryVariant: Story = {
  render: (args) => <Variants {...args} />,
  play: async (context) => {
    const { i18n } = storyKit(context);
    const canvas = within(context.canvasElement);
    for (const kind of EXPERIENCE_KINDS) {
      const row = await canvas.findByTestId(`variants-${kind}`);
      const screens = [...row.querySelectorAll('[data-kind]')];
      await expect(screens.map((s) => s.getAttribute('data-variant'))).toEqual(['page', 'section', 'inline']);
      const title = i18n.t([`code.${SAMPLE_CODE_OF_KIND[kind]}.title`, 'generic.title']);
      for (const screen of screens) {
        await expect(screen).toHaveAttribute('role', kind === 'waiting' ? 'status' : 'alert');
        await expect(screen).toHaveAccessibleName(title);
      }
      // Headings for the page and the section; the form's line is no heading.
      await expect(within(row).getAllByRole('heading', { name: title })).toHaveLength(2);
      // The same actions in all three.
      const names = (s: Element) => within(s as HTMLElement).queryAllByRole('button').length + within(s as HTMLElement).queryAllByRole('link').length;
      await expect(new Set(screens.map(names)).size).toBe(1);
    }
  },
};
