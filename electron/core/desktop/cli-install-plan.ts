// What "Install command-line tool…" does on each OS, decided without touching anything: which file, linked where, or which folder on PATH.
import { delimiter, join, posix, win32 } from 'node:path';

export interface CliInstallFacts {
  readonly platform: NodeJS.Platform;
  /** An installed app ships its own butlr-cred executable in its resources; a run from the repo has the built script. */
  readonly packaged: boolean;
  readonly resourcesPath: string;
  /** The built app's out/ folder (out/cli/butlr-cred.mjs), for a run from the repo. */
  readonly outDir: string;
  readonly home: string;
  /** $PATH as the app sees it, to say whether the folder it links into is on it. */
  readonly pathEnv: string;
  /** Run as an AppImage: its files live in a mount that moves at every start, so a link would break. */
  readonly appImage: boolean;
}

export type CliInstallPlan =
  /**
   * `link` made a symbolic link to `target` (or, from an AppImage, a copy of it); `privileged`: the folder needs an
   * administrator (macOS's /usr/local/bin).
   */
  | {
      readonly kind: 'link';
      readonly target: string;
      readonly link: string;
      readonly copy: boolean;
      readonly folder: string;
      readonly privileged: boolean;
      readonly folderOnPath: boolean;
    }
  /** Windows: the folder holding butlr-cred.exe added to the user's PATH. */
  | { readonly kind: 'user-path'; readonly folder: string; readonly alreadyOnPath: boolean }
  | { readonly kind: 'unavailable'; readonly reason: string };

const onPath = (folder: string, pathEnv: string, platform: NodeJS.Platform): boolean => {
  const same = (a: string, b: string): boolean => (platform === 'win32' ? a.toLowerCase() === b.toLowerCase() : a === b);
  const trim = (path: string): string => path.replace(/[\\/]+$/, '');
  return pathEnv.split(platform === 'win32' ? ';' : delimiter).some((entry) => entry !== '' && same(trim(entry), trim(folder)));
};

export function cliInstallPlan(facts: CliInstallFacts): CliInstallPlan {
  const { platform, packaged } = facts;
  if (platform === 'win32') {
    if (!packaged) return { kind: 'unavailable', reason: 'Only an installed app ships butlr-cred.exe. From the repository, run npx butlr-cred.' };
    const folder = win32.join(facts.resourcesPath, 'cli');
    return { kind: 'user-path', folder, alreadyOnPath: onPath(folder, facts.pathEnv, platform) };
  }
  const target = packaged ? posix.join(facts.resourcesPath, 'cli', 'butlr-cred') : posix.join(facts.outDir, 'cli', 'butlr-cred.mjs');
  // macOS keeps user commands in /usr/local/bin (on PATH by default, owned by root); Linux in ~/.local/bin (XDG, no privileges).
  const folder = platform === 'darwin' ? '/usr/local/bin' : join(facts.home, '.local', 'bin');
  const copy = packaged && platform === 'linux' && facts.appImage;
  return { kind: 'link', target, link: posix.join(folder, 'butlr-cred'), copy, folder, privileged: platform === 'darwin', folderOnPath: onPath(folder, facts.pathEnv, platform) };
}

/** What the app says it did: exactly which file went where, and what the person still has to do. */
export function installedMessage(plan: Exclude<CliInstallPlan, { kind: 'unavailable' }>, asAdministrator: boolean): { message: string; detail: string } {
  if (plan.kind === 'user-path') {
    return plan.alreadyOnPath
      ? { message: 'butlr-cred is already on your PATH.', detail: `${plan.folder} was already in your user PATH; nothing was changed.` }
      : { message: 'Added butlr-cred to your PATH.', detail: `Added ${plan.folder} to your user PATH. Open a new terminal, then run butlr-cred --help.` };
  }
  const how = asAdministrator ? ' (as administrator)' : '';
  const path = plan.folderOnPath ? 'Run butlr-cred --help to start.' : `${plan.folder} is not on your PATH yet: add it (for example in ~/.profile), then open a new terminal.`;
  const what = plan.copy
    ? `Copied ${plan.target} to ${plan.link} (an AppImage’s own files move at every start, so a link would break; install again after updating the app).`
    : `Linked ${plan.link} → ${plan.target}${how}.`;
  return { message: 'Installed the butlr-cred command.', detail: `${what} ${path}` };
}
