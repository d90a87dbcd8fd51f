// Renders build/icon.svg to the 512×512 build/icon.png electron-builder turns into every platform's icon; run after editing the SVG.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { launchChromium } from '../tests/fixtures/chromium';

const BUILD_DIR = resolve(import.meta.dirname, '..', 'build');
const SIZE = 512;

const svg = await readFile(resolve(BUILD_DIR, 'icon.svg'), 'utf8');
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: SIZE, height: SIZE }, deviceScaleFactor: 1 });
  // Inline the SVG in an otherwise empty page, so nothing but the icon is rendered and no file:// or network access is needed.
  await page.setContent(`<html><body style="margin:0;background:transparent">${svg}</body></html>`);
  await page.locator('svg').screenshot({ path: resolve(BUILD_DIR, 'icon.png'), omitBackground: true });
  console.log(`wrote ${resolve(BUILD_DIR, 'icon.png')}`);
} finally {
  await browser.close();
}
