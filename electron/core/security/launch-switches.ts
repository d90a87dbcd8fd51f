// Which command-line switches a packaged app refuses to start with: the ones that let a local process watch or steer it.
import { posix, win32 } from 'node:path';

/**
 * Switches no fuse covers. Each lets another program on the machine drive the page over CDP, attach a debugger, or
 * read and rewrite the sign-in request in flight (and with it the client secret and the token).
 */
const REFUSED_SWITCHES: ReadonlySet<string> = new Set([
  'remote-debugging-port',
  'remote-debugging-pipe',
  'remote-allow-origins',
  'js-flags',
  'proxy-server',
  'proxy-pac-url',
  'host-rules',
  'host-resolver-rules',
  'ignore-certificate-errors',
  'ignore-certificate-errors-spki-list',
  'disable-web-security',
  'load-extension',
]);
/** Node's inspector: --inspect, --inspect-brk, --inspect-port, … (the fuse already ignores them; refusing costs nothing). */
const REFUSED_PREFIX = 'inspect';
/** The inspector switches by name, for Electron's command line, which answers by exact name only. */
const INSPECT_SWITCHES = ['inspect', 'inspect-brk', 'inspect-brk-node', 'inspect-port', 'inspect-publish-uid', 'inspect-wait'];
const USER_DATA_DIR = 'user-data-dir';

export interface LaunchCommandLine {
  /** `process.argv` as the OS handed it over. */
  readonly argv: readonly string[];
  /** Electron's `app.commandLine`: what Chromium itself parsed, switches appended since included. */
  readonly hasSwitch?: (name: string) => boolean;
  readonly getSwitchValue?: (name: string) => string;
  /** The folder the app keeps its data in; `--user-data-dir` may name it (or a folder inside it), nothing else. */
  readonly ownUserDataPath: string;
  /** Chromium on Windows also reads `/switch` and ignores the case of switch names. */
  readonly platform: string;
  /** What a relative `--user-data-dir` is resolved against. */
  readonly cwd: string;
}

interface ParsedSwitch {
  readonly name: string;
  readonly value: string | undefined;
}

/**
 * A switch as Chromium (`--x`, `-x`, `--x=v`; `/x` on Windows) or Node would read it. The name is lowercased and its
 * underscores turned into dashes (Node reads `--inspect_brk` as `--inspect-brk`), so no spelling slips through. Every
 * argument is looked at, even after a bare `--`: refusing a harmless one is cheaper than missing a real one.
 */
function parseSwitch(arg: string, platform: string): ParsedSwitch | null {
  const prefix = /^(?:--?|\/)/.exec(arg)?.[0];
  if (!prefix || (prefix === '/' && platform !== 'win32')) return null;
  const rest = arg.slice(prefix.length);
  const equals = rest.indexOf('=');
  const name = (equals === -1 ? rest : rest.slice(0, equals)).toLowerCase().replaceAll('_', '-');
  if (!name) return null;
  return { name, value: equals === -1 ? undefined : rest.slice(equals + 1) };
}

function isRefusedName(name: string): boolean {
  return REFUSED_SWITCHES.has(name) || name.startsWith(REFUSED_PREFIX);
}

/** True when `value` names the app's own data folder or a folder inside it. */
function isOwnDataFolder(value: string | undefined, { ownUserDataPath, platform, cwd }: LaunchCommandLine): boolean {
  if (!value) return false;
  const path = platform === 'win32' ? win32 : posix;
  const caseBlind = platform === 'win32' || platform === 'darwin';
  const fold = (text: string): string => (caseBlind ? text.toLowerCase() : text);
  const relative = path.relative(fold(path.resolve(cwd, ownUserDataPath)), fold(path.resolve(cwd, value)));
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

/** The switches this launch must be refused for, by name (never their values), each once, in the order found. */
export function refusedLaunchSwitches(commandLine: LaunchCommandLine): string[] {
  const refused = new Set<string>();
  for (const arg of commandLine.argv) {
    const parsed = parseSwitch(arg, commandLine.platform);
    if (!parsed) continue;
    if (isRefusedName(parsed.name)) refused.add(parsed.name);
    else if (parsed.name === USER_DATA_DIR && !isOwnDataFolder(parsed.value, commandLine)) refused.add(USER_DATA_DIR);
  }
  for (const name of [...REFUSED_SWITCHES, ...INSPECT_SWITCHES]) {
    if (commandLine.hasSwitch?.(name)) refused.add(name);
  }
  const chromiumUserDataDir = commandLine.getSwitchValue?.(USER_DATA_DIR);
  if (chromiumUserDataDir && !isOwnDataFolder(chromiumUserDataDir, commandLine)) refused.add(USER_DATA_DIR);
  return [...refused];
}

/** What the person is told: which switches, why that matters, and what to do. */
export function describeRefusedLaunch(switches: readonly string[]): string {
  const named = switches.map((name) => `--${name}`).join(', ');
  const them = switches.length === 1 ? 'it' : 'them';
  return (
    `Butlr Credentials was started with ${named}. ` +
    'In the installed app that would let another program on this computer watch or redirect what it does, and read your secrets and tokens, so it will not start. ' +
    `Start it again without ${them} (check the shortcut or script that launches it).`
  );
}
