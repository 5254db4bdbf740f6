import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { KIT_ERROR_CODES, LUXXON_ERROR_CODES } from '@luxxon/react-errors/core';
import { CodeTable } from './CodeTable';

/**
 * The docs page's table as a test (hidden from the sidebar): every code on
 * the API's error page and every kit code has a row linking to its story in
 * "Error page/By code". A code added to LUXXON_ERROR_CODES without a story
 * fails here (and fails type-checking in ErrorPage.stories.tsx).
 */
const meta = {
  title: 'Overview/Code table',
  component: CodeTable,
  tags: ['!dev', '!autodocs'],
} satisfies Meta<typeof CodeTable>;

export default meta;
type Story = StoryObj<typeof meta>;

export const EveryCodeHasAStory: Story = {
  play: async ({ canvasElement }) => {
    for (const code of [...LUXXON_ERROR_CODES, ...KIT_ERROR_CODES]) {
      const link = canvasElement.querySelector(`tr[data-code="${code}"] th a`);
      await expect(link, `the story link of ${code}`).toHaveAttribute('href', expect.stringMatching(/^\.\/\?path=\/story\/error-page-by-code--/));
    }
    await expect(canvasElement).not.toHaveTextContent('(no story)');
  },
};
