// Loads the built main bundle against the stand-in as if on the platform named first (darwin, win32, linux), then reads the
// application menu and chooses each item that opens a dialog, with the main window hidden in the tray. Prints it as JSON.
import { pathToFileURL } from 'node:url';
import { app, recorded } from './electron.mjs';

const [platform, mainBundle] = process.argv.slice(2);
// Before the bundle runs: main.ts reads process.platform when it builds the menu.
Object.defineProperty(process, 'platform', { value: platform });
await import(pathToFileURL(mainBundle).href);

const waitFor = async (check, what) => {
  for (let i = 0; i < 400 && !check(); i += 1) await new Promise((resolve) => setTimeout(resolve, 25));
  if (!check()) throw new Error(`Timed out waiting for ${what}`);
};
await waitFor(() => recorded.windows[0]?.loadedUrls.length > 0 && recorded.applicationMenu, 'the main window to load');

const [mainWindow, switcherWindow] = recorded.windows;
/** The template as data: what a person sees (labels, roles, accelerators), without the click handlers. */
const describe = (items) =>
  items.map((item) => ({
    ...(item.label !== undefined && { label: item.label }),
    ...(item.role !== undefined && { role: item.role }),
    ...(item.type !== undefined && { type: item.type }),
    ...(item.accelerator !== undefined && { accelerator: item.accelerator }),
    ...(item.submenu !== undefined && { submenu: describe(item.submenu) }),
  }));
const template = recorded.applicationMenu.template;

const chosen = [];
for (const label of ['New profile', 'Import…', 'Export…', 'Settings…']) {
  const item = template.flatMap((menu) => menu.submenu ?? []).find((entry) => entry.label === label);
  mainWindow.hide();
  mainWindow.webContents.sent.length = 0;
  switcherWindow.webContents.sent.length = 0;
  item?.click();
  chosen.push({ label, sentToMain: [...mainWindow.webContents.sent], sentToSwitcher: [...switcherWindow.webContents.sent], mainVisible: mainWindow.isVisible() });
}

process.stdout.write(`\nMENU_REPORT ${JSON.stringify({ platform: process.platform, menu: describe(template), chosen })}\n`);
app.emit('before-quit');
app.emit('will-quit', { preventDefault: () => {} });
process.exit(0);
