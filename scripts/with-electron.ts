// `tsx scripts/with-electron.ts [tool args…]`: makes sure the Electron binary is there, then runs the tool (electron-vite,
// electron-builder) with ELECTRON_EXEC_PATH set, so `npm start` works on a fresh clone and fails in three plain lines.
// Without a tool (`npm run electron:install`) it only fetches the binary and prints its path.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { electronOrExit } from './electron-binary/ensure-electron';

const PROJECT_DIR = resolve(import.meta.dirname, '..');
const [tool, ...toolArgs] = process.argv.slice(2);

/** How the person started this, for the message: `npm start`, `npm run dev`, … */
function commandName(): string {
  const script = process.env.npm_lifecycle_event;
  if (!script) return `${tool ?? 'with-electron'} ${toolArgs.join(' ')}`.trim();
  return script === 'start' || script === 'test' ? `npm ${script}` : `npm run ${script}`;
}

/** The tool's own bin script, run with this Node: no shell, and the same on Windows. */
function binScript(name: string): string {
  const packageJson = JSON.parse(readFileSync(join(PROJECT_DIR, 'node_modules', name, 'package.json'), 'utf8')) as { bin?: string | Record<string, string> };
  const bin = typeof packageJson.bin === 'string' ? packageJson.bin : packageJson.bin?.[name];
  if (!bin) throw new Error(`${name} has no command named ${name}`);
  return join(PROJECT_DIR, 'node_modules', name, bin);
}

const electronPath = await electronOrExit(commandName());

if (!tool) {
  console.log(electronPath);
  process.exit(0);
}

// electron-vite reads ELECTRON_EXEC_PATH before its own path.txt lookup, which knows nothing of ELECTRON_OVERRIDE_DIST_PATH.
const child = spawn(process.execPath, [binScript(tool), ...toolArgs], { stdio: 'inherit', env: { ...process.env, ELECTRON_EXEC_PATH: electronPath } });
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
