// Renders the icons electron-builder and the tray use from their SVG sources; run after editing an SVG:
// - build/icon.svg → the 512×512 build/icon.png every platform's app icon is made from (and the tray's, off macOS);
// - build/tray-template.svg → build/trayTemplate.png (18 px) and trayTemplate@2x.png (36 px), macOS's menu-bar icon.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../tests/fixtures/chromium';

const BUILD_DIR = resolve(import.meta.dirname, '..', 'build');

const RENDERS = [
  { source: 'icon.svg', size: 512, output: 'icon.png' },
  { source: 'tray-template.svg', size: 18, output: 'trayTemplate.png' },
  { source: 'tray-template.svg', size: 36, output: 'trayTemplate@2x.png' },
] as const;

async function render(browser: Browser, source: string, size: number, output: string): Promise<void> {
  // The SVG keeps its viewBox and is drawn at the asked size, so a 36-unit drawing renders crisply at 18 px too.
  const svg = (await readFile(resolve(BUILD_DIR, source), 'utf8')).replace(/(<svg[^>]*?)\swidth="\d+"\sheight="\d+"/, `$1 width="${size}" height="${size}"`);
  const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
  // Inline the SVG in an otherwise empty page, so nothing but the icon is rendered and no file:// or network access is needed.
  await page.setContent(`<html><body style="margin:0;background:transparent">${svg}</body></html>`);
  await page.locator('svg').screenshot({ path: resolve(BUILD_DIR, output), omitBackground: true });
  await page.close();
  console.log(`wrote ${resolve(BUILD_DIR, output)} (${size}×${size})`);
}

const browser = await launchChromium();
try {
  for (const { source, size, output } of RENDERS) await render(browser, source, size, output);
} finally {
  await browser.close();
}
