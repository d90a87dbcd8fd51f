// First thing at start: a packaged app launched with a debugging or proxy switch says why on stderr and in an error box, and exits.
import { join } from 'node:path';
import { app, dialog } from 'electron';
import { describeRefusedLaunch, refusedLaunchSwitches } from '../core/security/launch-switches';

/** Exit code of a refused launch: not 0, so a script that started the app sees it did not run. */
export const REFUSED_LAUNCH_EXIT_CODE = 2;

/**
 * True when the app may go on starting. Otherwise the person has been told why and the app is exiting: start nothing.
 * Unpackaged builds (npm start, the tests, Playwright) pass such switches on purpose and are let through.
 */
export function guardLaunchSwitches(): boolean {
  if (!app.isPackaged) return true;
  const refused = refusedLaunchSwitches({
    argv: process.argv,
    hasSwitch: (name) => app.commandLine.hasSwitch(name),
    getSwitchValue: (name) => app.commandLine.getSwitchValue(name),
    // Computed, not app.getPath('userData'): --user-data-dir itself moves that.
    ownUserDataPath: process.env.BUTLR_DATA_DIR || join(app.getPath('appData'), app.getName()),
    platform: process.platform,
    cwd: process.cwd(),
  });
  if (refused.length === 0) return true;
  const message = describeRefusedLaunch(refused);
  console.error(message);
  // Safe before 'ready'; on Linux it can only print to stderr at this point.
  dialog.showErrorBox('Butlr Credentials will not start', message);
  app.exit(REFUSED_LAUNCH_EXIT_CODE);
  return false;
}
