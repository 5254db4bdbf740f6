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

// Screenshots at 1:1: a browser window wider than the largest test viewport, so that Vitest
// never scales its test frame down (at 1280 px in a 1280 px window it renders at 0.8).
const screenshotProvider = playwright({
  launchOptions: { executablePath: CHROMIUM_LAUNCH.executablePath, args: CHROMIUM_LAUNCH.args },
  contextOptions: { viewport: { width: 1600, height: 1200 }, deviceScaleFactor: 1 },
});

// A fresh object per project: Vitest writes the instance name into it.
const browser = () => ({
  enabled: true,
  headless: true,
  provider: chromiumProvider,
  instances: [{ browser: 'chromium' as const }],
  screenshotFailures: false,
});

/**
 * The locale × theme runs of the story tests: English, Spanish and Arabic
 * (right to left), light and dark. `npx vitest run --project 'storybook*'`
 * runs them all; `--project storybook` the English light run alone.
 */
const STORY_RUNS = ['light', 'dark'].flatMap((theme) => ['en', 'es', 'ar'].map((locale) => ({ locale, theme })));

function storybookProjectName(locale: string, theme: string): string {
  return ['storybook', locale === 'en' ? '' : locale, theme === 'light' ? '' : theme].filter(Boolean).join('-');
}

export default defineConfig({
  plugins: [react()],
  test: {
    // The default output, plus the total of property cases at the end (test/support/PropertyCountReporter.ts).
    reporters: ['default', './test/support/PropertyCountReporter.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'jsdom',
          include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.{ts,tsx}', 'simulator/**/*.test.{ts,tsx}', 'test/contracts/**/*.test.{ts,tsx}', 'test/support/**/*.test.{ts,tsx}', 'bench/**/*.test.{ts,tsx}'],
          // node_modules: scripts/peers/ installs its own (with tests of theirs in it).
          exclude: ['src/**/*.browser.test.{ts,tsx}', 'src/**/*.screenshot.test.{ts,tsx}', 'test/contracts/**/*.browser.test.{ts,tsx}', '**/node_modules/**'],
          setupFiles: ['test/support/setup.ts'],
          // Property tests run thousands of cases: a bound for a loaded 2-core CI machine, not a speed
          // target (those live in bench/).
          testTimeout: 30_000,
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
          include: ['src/**/*.browser.test.{ts,tsx}', 'test/contracts/**/*.browser.test.{ts,tsx}'],
          setupFiles: ['test/support/setup.ts'],
          browser: browser(),
        },
      },
      {
        extends: true,
        optimizeDeps: { include: ['react', 'react/jsx-dev-runtime', 'react-dom', 'react-dom/client', '@testing-library/react', 'i18next', 'react-i18next', 'react-error-boundary'] },
        test: {
          name: 'screenshots',
          // Two identical shots in a row make a stable one: slow on a loaded 2-core machine.
          testTimeout: 30_000,
          // Visual regression (references in __screenshots__/ beside each test; docs/styling.md).
          include: ['src/**/*.screenshot.test.{ts,tsx}'],
          setupFiles: ['test/support/setup.ts'],
          browser: {
            ...browser(),
            provider: screenshotProvider,
            expect: {
              toMatchScreenshot: {
                comparatorName: 'pixelmatch' as const,
                // A small tolerance for anti-aliasing; a moved line or a wrapped word is far more.
                comparatorOptions: { threshold: 0.1, allowedMismatchedPixelRatio: 0.002 },
                screenshotOptions: { animations: 'disabled' as const },
                // Two identical shots in a row: under the full run's load (every browser project at
                // once on 2 cores) 5 s is not always enough.
                timeout: 20_000,
              },
            },
          },
        },
      },
      // Every story, once per locale × theme below: render + play function +
      // axe check (parameters.a11y.test, colour contrast included). The run's
      // locale and theme are Storybook globals (the toolbar's), set per project.
      ...STORY_RUNS.map(({ locale, theme }) => ({
        extends: true as const,
        plugins: [storybookTest({ configDir: path.join(dirname, '.storybook'), initialGlobals: { locale, theme } })],
        test: {
          name: storybookProjectName(locale, theme),
          browser: browser(),
        },
      })),
    ],
  },
});
