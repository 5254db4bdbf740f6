import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import react from '@vitejs/plugin-react';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { CHROMIUM_LAUNCH } from './e2e/support/chromium.ts';

const dirname = path.dirname(fileURLToPath(import.meta.url));

// Debian's Chromium with the launch flags that keep it off the network,
// shared with the end-to-end tests (e2e/support/chromium.ts).
const chromiumProvider = playwright({
  launchOptions: { executablePath: CHROMIUM_LAUNCH.executablePath, args: CHROMIUM_LAUNCH.args },
});

// A fresh object per project: Vitest writes the instance name into it.
const browser = () => ({
  enabled: true,
  headless: true,
  provider: chromiumProvider,
  instances: [{ browser: 'chromium' as const }],
  screenshotFailures: false,
});

export default defineConfig({
  plugins: [react()],
  test: {
    // The default output, plus the total of property cases at the end (src/test/PropertyCountReporter.ts).
    reporters: ['default', './src/test/PropertyCountReporter.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'jsdom',
          include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.{ts,tsx}'],
          exclude: ['src/**/*.browser.test.{ts,tsx}'],
          setupFiles: ['src/test/setup.ts'],
        },
      },
      {
        extends: true,
        // Pre-bundled up front: a dependency discovered mid-run makes Vite reload
        // it, and the test then holds two copies of React (first run after npm ci).
        optimizeDeps: {
          include: [
            'react',
            'react/jsx-dev-runtime',
            'react-dom',
            'react-dom/client',
            'react-dom/server',
            '@testing-library/react',
            '@tanstack/react-query',
            'i18next',
            'react-i18next',
            'react-error-boundary',
          ],
        },
        test: {
          name: 'browser',
          // Only what needs a real browser (layout, focus, clipboard, visibility).
          include: ['src/**/*.browser.test.{ts,tsx}'],
          setupFiles: ['src/test/setup.ts'],
          browser: browser(),
        },
      },
      {
        extends: true,
        plugins: [
          // Turns every story in .storybook/main.ts `stories` into a test:
          // render + play function + axe check (parameters.a11y.test).
          storybookTest({ configDir: path.join(dirname, '.storybook') }),
        ],
        test: {
          name: 'storybook',
          browser: browser(),
        },
      },
    ],
  },
});
