/**
 * `npx tsx scripts/devtools-screenshot.ts`: the README's and docs/devtools.md's
 * picture of the error lab, docs/images/devtools.png. Builds the package and
 * the demo (production, as the end-to-end tests do), serves it against the
 * simulator, opens it in Debian's Chromium with `?devtools=1`, forces
 * INSUFFICIENT_CREDIT into the live view and shoots the page (1100 × 860 CSS px).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { build, preview } from 'vite';
import { demoViteConfig } from '../demo/demoViteConfig';
import { CHROMIUM_LAUNCH } from '../e2e/support/chromium';
import { ensureBuiltKit } from '../e2e/support/ensureBuiltKit';
import { openDemo } from '../e2e/support/openDemo';
import { createLuxxonSimulator } from '../simulator/createLuxxonSimulator';

const root = path.resolve(import.meta.dirname, '..');
const target = path.join(root, 'docs/images/devtools.png');

ensureBuiltKit(root);
const outDir = await mkdtemp(path.join(os.tmpdir(), 'luxxon-shot-'));
process.env.NODE_ENV = 'production';
await build({ ...demoViteConfig({ outDir }), mode: 'production' });
const server = await preview(demoViteConfig({ outDir }));
const simulator = await createLuxxonSimulator({ scenario: 'ok' });
const browser = await chromium.launch(CHROMIUM_LAUNCH);
try {
  const url = server.resolvedUrls?.local[0];
  if (url === undefined) throw new Error('screenshot: vite preview did not report its URL');
  const demo = await openDemo(browser, url, simulator, { devtools: true });
  const { page } = demo;
  await page.setViewportSize({ width: 1100, height: 860 });
  await page.getByRole('button', { name: /^Luxxon errors/ }).click();
  const lab = page.getByRole('region', { name: 'Luxxon error lab' });
  await lab.getByRole('combobox', { name: 'Boundary' }).selectOption('live-view');
  await lab.getByRole('combobox', { name: 'Code' }).selectOption('INSUFFICIENT_CREDIT');
  await lab.getByRole('button', { name: 'Force' }).click();
  await lab.getByRole('row').nth(1).waitFor();
  // The countdown-free, caret-free picture: no focus ring on the button just pressed.
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.screenshot({ path: target, animations: 'disabled' });
  await demo.close();
  console.log(`wrote ${path.relative(root, target)}`);
} finally {
  await browser.close();
  await simulator.close();
  await server.close();
  await rm(outDir, { recursive: true, force: true });
}
