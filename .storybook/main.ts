import { fileURLToPath } from 'node:url';
import type { StorybookConfig } from '@storybook/react-vite';

const src = (file: string) => fileURLToPath(new URL(`../src/${file}`, import.meta.url));

/** The package's entry points, resolved to src/ (tsconfig.json `paths` says the same to TypeScript). */
export const KIT_ALIASES = [
  { find: /^@luxxon\/react-errors$/, replacement: src('index.ts') },
  { find: /^@luxxon\/react-errors\/core$/, replacement: src('core/index.ts') },
  { find: /^@luxxon\/react-errors\/testing$/, replacement: src('testing/index.ts') },
  { find: /^@luxxon\/react-errors\/styles\.css$/, replacement: src('styles.css') },
];

type Alias = { find: string | RegExp; replacement: string };

function toAliasList(alias: Alias[] | Record<string, string> | undefined): Alias[] {
  if (alias === undefined) return [];
  return Array.isArray(alias) ? alias : Object.entries(alias).map(([find, replacement]) => ({ find, replacement }));
}

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.@(ts|tsx)'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  framework: { name: '@storybook/react-vite', options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // TypeScript 7 has no JS compiler API: react-docgen-typescript fails, react-docgen works.
  typescript: { reactDocgen: 'react-docgen' },
  // Stories import the kit by its package name, as an app does; here it is the source.
  viteFinal: (vite) => ({ ...vite, resolve: { ...vite.resolve, alias: [...toAliasList(vite.resolve?.alias), ...KIT_ALIASES] } }),
};

export default config;
