// Loads the built main bundle under the Electron stand-in and exits as soon as its window has been asked to load the page.
// Run as: node --import tests/electron/stand-in/register.mjs bench/startup/load-main.mjs <out>/main/index.js
import { pathToFileURL } from 'node:url';
import { recorded } from '../../tests/electron/stand-in/electron.mjs';

const [mainBundle] = process.argv.slice(2);
if (!mainBundle) throw new Error('Usage: load-main.mjs <path to the built main bundle>');
await import(pathToFileURL(mainBundle).href);

// Polled on the event loop's check phase rather than on a timer, so the wait adds microseconds, not a timer tick. Bounded.
for (let spins = 0; !(recorded.windows[0]?.loadedUrls.length > 0); spins += 1) {
  if (spins > 1_000_000) throw new Error('The main bundle never loaded its window.');
  await new Promise((resolve) => setImmediate(resolve));
}
process.exit(0);
