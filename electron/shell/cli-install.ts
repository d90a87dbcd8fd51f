// "Install command-line tool…": links butlr-cred where each OS's people look for commands, and says exactly what it did.
import { execFile } from 'node:child_process';
import { copyFile, lstat, mkdir, readlink, rm, symlink } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { app, dialog, type BrowserWindow } from 'electron';
import { cliInstallPlan, installedMessage, type CliInstallPlan } from '../core/desktop/cli-install-plan';
import type { Logger } from '../core/logger';

const run = promisify(execFile);

type LinkPlan = Extract<CliInstallPlan, { kind: 'link' }>;
type PathPlan = Extract<CliInstallPlan, { kind: 'user-path' }>;

/** Something already at the link's place that we may not replace: anything but a link, or (for a copy) an earlier copy. */
async function obstacle(plan: LinkPlan): Promise<string | null> {
  const stats = await lstat(plan.link).catch(() => null);
  if (!stats || stats.isSymbolicLink() || (plan.copy && stats.isFile())) return null;
  return `${plan.link} already exists and is not a link; nothing was changed. Remove it, then try again.`;
}

/** Links without privileges where the folder lets us; macOS asks for an administrator the standard way (its own password dialog). */
async function link(plan: LinkPlan): Promise<{ asAdministrator: boolean }> {
  try {
    await mkdir(plan.folder, { recursive: true });
    const existing = await readlink(plan.link).catch(() => null);
    if (existing !== null) await rm(plan.link);
    if (plan.copy) await copyFile(plan.target, plan.link);
    else await symlink(plan.target, plan.link);
    return { asAdministrator: false };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (!plan.privileged || (code !== 'EACCES' && code !== 'EPERM')) throw error;
  }
  // The paths go in as arguments and through `quoted form of`: never pasted into the shell command's text.
  const script = ['on run argv', 'do shell script "mkdir -p " & quoted form of item 3 of argv & " && ln -sfn " & quoted form of item 1 of argv & " " & quoted form of item 2 of argv with administrator privileges', 'end run'];
  await run('osascript', [...script.flatMap((line) => ['-e', line]), plan.target, plan.link, plan.folder]);
  return { asAdministrator: true };
}

/** Adds the folder to the user's PATH with .NET's own call, which also tells running programs the environment changed. */
async function addToUserPath(plan: PathPlan): Promise<void> {
  const script =
    "$folder = $env:BUTLR_CLI_FOLDER; $path = [Environment]::GetEnvironmentVariable('Path', 'User'); " +
    "if (-not (($path -split ';') -contains $folder)) { [Environment]::SetEnvironmentVariable('Path', (@($path, $folder) | Where-Object { $_ }) -join ';', 'User') }";
  await run('powershell.exe', ['-NoProfile', '-NonInteractive', '-Command', script], { env: { ...process.env, BUTLR_CLI_FOLDER: plan.folder } });
}

export function createCliInstaller(window: () => BrowserWindow | null, logger: Logger): () => Promise<void> {
  const tell = async (type: 'info' | 'error', message: string, detail: string): Promise<void> => {
    const options = { type, title: 'Install command-line tool', message, detail, buttons: ['OK'], noLink: true };
    const parent = window();
    await (parent && parent.isVisible() ? dialog.showMessageBox(parent, options) : dialog.showMessageBox(options));
  };
  return async () => {
    const plan = cliInstallPlan({
      platform: process.platform,
      packaged: app.isPackaged,
      resourcesPath: process.resourcesPath,
      outDir: join(import.meta.dirname, '..'),
      home: homedir(),
      pathEnv: process.env.PATH ?? '',
      appImage: Boolean(process.env.APPIMAGE),
    });
    if (plan.kind === 'unavailable') return tell('info', 'The command-line tool is not installed from here.', plan.reason);
    try {
      if (plan.kind === 'user-path') {
        if (!plan.alreadyOnPath) await addToUserPath(plan);
        const { message, detail } = installedMessage(plan, false);
        logger.info(`cli: installed butlr-cred on the user PATH`);
        return tell('info', message, detail);
      }
      const blocked = await obstacle(plan);
      if (blocked) return tell('error', 'butlr-cred was not installed.', blocked);
      const { asAdministrator } = await link(plan);
      const { message, detail } = installedMessage(plan, asAdministrator);
      logger.info(`cli: linked butlr-cred into ${plan.folder}`);
      return tell('info', message, detail);
    } catch (error) {
      // osascript says -128 when the person cancels the password dialog: that is a choice, not a failure.
      const cancelled = /-128/.test(String((error as { stderr?: unknown }).stderr ?? ''));
      if (!cancelled) logger.error('cli: installing butlr-cred failed', error);
      return tell(cancelled ? 'info' : 'error', cancelled ? 'Cancelled: nothing was installed.' : 'butlr-cred was not installed.', cancelled ? 'The administrator password was not given.' : `It failed with ${(error as NodeJS.ErrnoException).code ?? 'an error'}; nothing was changed.`);
    }
  };
}
