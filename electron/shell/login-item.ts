// Launch at login: the OS's login items on macOS and Windows, an XDG autostart entry on Linux (where Electron has none).
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { app } from 'electron';

const AUTOSTART_FILE = join(process.env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'autostart', 'butlr-credentials.desktop');

/** The autostart entry's text; Exec is quoted per the Desktop Entry spec so a path with spaces survives. */
export function autostartEntry(executable: string): string {
  const quoted = `"${executable.replace(/(["`$\\])/g, '\\$1')}"`;
  return ['[Desktop Entry]', 'Type=Application', 'Name=Butlr Credentials', `Exec=${quoted} --hidden`, 'X-GNOME-Autostart-enabled=true', ''].join('\n');
}

export async function applyLaunchAtLogin(enabled: boolean): Promise<void> {
  if (process.platform === 'linux') {
    if (enabled) {
      await mkdir(join(AUTOSTART_FILE, '..'), { recursive: true });
      await writeFile(AUTOSTART_FILE, autostartEntry(process.env.APPIMAGE ?? process.execPath), { mode: 0o644 });
    } else {
      await rm(AUTOSTART_FILE, { force: true });
    }
    return;
  }
  // `args` reach only Windows' Run key; a macOS login item takes none (and `openAsHidden` is gone), so there the app asks
  // `wasOpenedAtLogin` instead (startedAtLogin below).
  app.setLoginItemSettings(process.platform === 'win32' ? { openAtLogin: enabled, args: ['--hidden'] } : { openAtLogin: enabled });
}

/** macOS: whether the login item started this run (elsewhere `--hidden` on the command line says so). */
export function startedAtLogin(): boolean {
  return process.platform === 'darwin' && app.getLoginItemSettings().wasOpenedAtLogin;
}
