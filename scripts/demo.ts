// `npm run demo`: the app against a local fake Butlr, in a throwaway data folder, with sample profiles that show every state.
import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NewProfileInput } from '../shared/profile';
import { startFakeButlrServer } from '../tests/fixtures/fake-butlr-server';
import { electronOrExit } from './electron-binary/ensure-electron';

// The binary first: nothing is worth starting if Electron cannot be.
const electronPath = await electronOrExit('npm run demo');

const butlr = await startFakeButlrServer({
  clients: { 'demo-client': 'demo-secret', 'short-lived-client': 'demo-secret', 'flaky-client': 'demo-secret' },
});
// Tokens that expire within minutes, to watch "expiring soon" and "expired" happen.
butlr.setExpiresIn(150, 'short-lived-client');
butlr.setFailure('server_error', 'flaky-client');

const sample = (name: string, clientId: string, clientSecret = 'demo-secret'): NewProfileInput => ({
  kind: 'client_credentials',
  name,
  baseUrl: butlr.url,
  clientId,
  clientSecret,
  audience: 'https://butlrauth/',
});
const seed = [
  sample('Demo HQ', 'demo-client'),
  sample('Demo short-lived', 'short-lived-client'),
  sample('Demo wrong secret', 'demo-client', 'not-the-secret'),
  sample('Demo server trouble', 'flaky-client'),
];

const dataDir = await mkdtemp(join(tmpdir(), 'butlr-credentials-demo-'));
const seedFile = join(dataDir, 'demo-seed.json');
await writeFile(seedFile, JSON.stringify(seed), { mode: 0o600 });
// The demo's secrets are fake and its folder is thrown away: on Linux without a keyring, agree to obfuscation up
// front so the sample profiles can be saved. The app still shows its warning banner.
await writeFile(join(dataDir, 'settings.json'), JSON.stringify({ version: 1, settings: { allowWeakEncryption: true } }), { mode: 0o600 });

console.log(`Fake Butlr API on ${butlr.url}; demo data in ${dataDir} (removed when the app closes).`);
const electronVite = join(import.meta.dirname, '../node_modules/electron-vite/bin/electron-vite.js');
const app = spawn(process.execPath, [electronVite, 'preview', '--skipBuild'], {
  stdio: 'inherit',
  env: { ...process.env, BUTLR_DATA_DIR: dataDir, BUTLR_DEMO_SEED: seedFile, ELECTRON_EXEC_PATH: electronPath },
});

const cleanUp = async (code: number): Promise<never> => {
  await butlr.close();
  await rm(dataDir, { recursive: true, force: true });
  process.exit(code);
};
app.on('exit', (code) => void cleanUp(code ?? 0));
app.on('error', (error) => {
  console.error(`Could not start the app: ${error.message}`);
  void cleanUp(1);
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => app.kill(signal));
