// Loads the built main bundle against the stand-in (Linux, unpackaged) and chooses File › Install command-line tool… twice.
import { pathToFileURL } from 'node:url';
import { app, recorded } from './electron.mjs';

const [mainBundle] = process.argv.slice(2);
await import(pathToFileURL(mainBundle).href);

const waitFor = async (check, what) => {
  for (let i = 0; i < 400 && !check(); i += 1) await new Promise((resolve) => setTimeout(resolve, 25));
  if (!check()) throw new Error(`Timed out waiting for ${what}`);
};
await waitFor(() => recorded.windows[0]?.loadedUrls.length > 0 && recorded.applicationMenu, 'the main window to load');
const item = recorded.applicationMenu.template.flatMap((menu) => menu.submenu ?? []).find((entry) => entry.label === 'Install command-line tool…');
const installBox = () => recorded.messageBoxes.filter((box) => box.title === 'Install command-line tool');
item.click();
await waitFor(() => installBox().length === 1, 'the first install to say what it did');
// Again: the link it made is replaced, not refused.
item.click();
await waitFor(() => installBox().length === 2, 'the second install to say what it did');

process.stdout.write(`\nINSTALL_REPORT ${JSON.stringify({ boxes: installBox() })}\n`);
app.emit('before-quit');
app.emit('will-quit', { preventDefault: () => {} });
process.exit(0);
