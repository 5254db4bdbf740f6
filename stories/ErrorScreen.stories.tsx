import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { LuxxonErrorView } from '../src/react/LuxxonErrorView';
import { createLuxxonError } from '../src/testing/createLuxxonError';

const meta = {
  title: 'Screens/By code',
  component: LuxxonErrorView,
  args: { onRetry: fn() },
} satisfies Meta<typeof LuxxonErrorView>;

export default meta;
type Story = StoryObj<typeof meta>;

export const NoCredit: Story = {
  args: { error: createLuxxonError('NO_CREDIT') },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: "I've topped up" }));
    await expect(args.onRetry).toHaveBeenCalledTimes(1);
  },
};
