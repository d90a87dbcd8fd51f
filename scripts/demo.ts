// `npm run demo`: the app against a local fake Butlr, in a throwaway data folder, with sample profiles that show every state.
import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NewProfileInput } from '../shared/profile';
import { startFakeButlrServer } from '../tests/fixtures/fake-butlr-server';

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
const app = spawn('npx', ['electron-vite', 'preview', '--skipBuild'], {
  stdio: 'inherit',
  env: { ...process.env, BUTLR_DATA_DIR: dataDir, BUTLR_DEMO_SEED: seedFile },
});

const cleanUp = async (code: number): Promise<never> => {
  await butlr.close();
  await rm(dataDir, { recursive: true, force: true });
  process.exit(code);
};
app.on('exit', (code) => {
  if (code) {
    console.error(
      'The app did not start. If the message above says Electron is not installed, fetch its binary with `npx install-electron` ' +
        '(it is skipped when npm ran with ELECTRON_SKIP_BINARY_DOWNLOAD=1), then run `npm run demo` again.',
    );
  }
  void cleanUp(code ?? 0);
});
app.on('error', (error) => {
  console.error(`Could not start the app: ${error.message}`);
  void cleanUp(1);
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => app.kill(signal));
