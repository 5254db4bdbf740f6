import type { Preview } from '@storybook/react-vite';
import { luxxonLoader } from '../stories/support/luxxonLoader';
import { withLuxxon } from '../stories/support/withLuxxon';
import { localeToolbarItems } from './localeToolbar';
import { THEME_TOOLBAR_ITEMS } from './themeToolbar';
import { LtrDocsContainer } from './LtrDocsContainer';
import '../src/styles.css';
import './preview.css';

const preview: Preview = {
  globalTypes: {
    locale: {
      description: 'Language of the kit (the direction follows it)',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: localeToolbarItems(),
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Colour theme of the screens (sets data-lx-theme on <html>)',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        items: THEME_TOOLBAR_ITEMS,
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'en', theme: 'light' },
  // Loads the locale before the story renders and sets <html lang dir data-lx-theme>.
  loaders: [luxxonLoader],
  decorators: [withLuxxon],
  parameters: {
    // 'error': an axe violation fails the story's test (also under vitest).
    a11y: { test: 'error' },
    controls: { expanded: true },
    docs: { container: LtrDocsContainer },
    options: {
      storySort: { order: ['Overview', 'Error page', ['Kind × locale', 'By code', 'All states', 'States'], 'Flows'] },
    },
  },
};

export default preview;
