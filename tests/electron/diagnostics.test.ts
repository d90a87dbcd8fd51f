// Diagnostics of the built main bundle under the Electron stand-in: the log file in the logs folder, and the Help menu's two items.
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeButlrServer, type FakeButlrServer } from '../fixtures/fake-butlr-server';
import { createTempDataDir, type TempDataDir } from '../fixtures/temp-data-dir';
import { assertBuilt, MAIN_BUNDLE, PRELOAD_BUNDLE } from './built-bundles';

const STAND_IN = resolve(import.meta.dirname, 'stand-in');
/** Named like a credential, so a report or a log line that printed names would show it. */
const PROFILE_NAME = 'Acme sk_live_NAMEDLIKEASECRET';
const CLIENT_SECRET = 'diag-secret-5d1b0c7e9a';

interface DiagnosticsProbeReport {
  profileIds: string[];
  answers: { rejected: string; fetched: boolean; broken: string };
  helpLabels: string[];
  clipboard: { text: string; types: string[] } | null;
  confirmation: { title: string; message: string; detail: string } | undefined;
  openedPaths: string[];
  appLogsPaths: string[];
}

let butlr: FakeButlrServer;
let dataDir: TempDataDir;
let report: DiagnosticsProbeReport;
let logText: string;

beforeAll(async () => {
  assertBuilt(MAIN_BUNDLE, PRELOAD_BUNDLE);
  butlr = await startFakeButlrServer();
  dataDir = await createTempDataDir();
  const probe = [join(STAND_IN, 'probe-diagnostics.mjs'), MAIN_BUNDLE, butlr.url, PROFILE_NAME, CLIENT_SECRET];
  const { stdout } = await promisify(execFile)(process.execPath, ['--import', join(STAND_IN, 'register.mjs'), ...probe], {
    env: { ...process.env, BUTLR_DATA_DIR: dataDir.path },
  });
  const line = stdout.split('\n').find((text) => text.startsWith('DIAGNOSTICS_REPORT '));
  if (!line) throw new Error(`The diagnostics probe printed no report:\n${stdout}`);
  report = JSON.parse(line.slice('DIAGNOSTICS_REPORT '.length)) as DiagnosticsProbeReport;
  logText = await readFile(join(dataDir.path, 'logs', 'main.log'), 'utf8');
});

afterAll(async () => {
  await butlr?.close();
  await dataDir?.remove();
});

/** Everything that must stay out of what the app writes or shares: the name, the host, the secrets, the ids and the tokens. */
function forbiddenValues(): string[] {
  return [PROFILE_NAME, 'sk_live_NAMEDLIKEASECRET', CLIENT_SECRET, Buffer.from(CLIENT_SECRET).toString('base64'), 'demo-secret', ...butlr.issuedTokens];
}

describe('the log file', () => {
  it('is main.log in the logs folder, which the test put in its own data folder', () => {
    expect(report.appLogsPaths).toEqual([join(dataDir.path, 'logs')]);
    expect(logText).toMatch(/^\[\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}\.\d{3}\] \[info\] {2}app: Butlr Credentials \S+ starting/);
  });

  it("has an internal error's message and stack", () => {
    expect(report.answers.broken).toBe('internal');
    expect(logText).toContain('[error] ipc: app:encryption-status failed\nError: stand-in keyring check exploded\n    at ');
  });

  it("has an uncaught exception's stack, logged as the crash happens", () => {
    expect(logText).toContain('[error] app: uncaught exception\nTypeError: stand-in crash\n    at ');
  });

  it('names profiles by id and failures by code, and never holds the profile name, a secret or a token', () => {
    expect(report.answers).toMatchObject({ rejected: 'rejected_credentials', fetched: true });
    expect(logText).toContain(`tokens: manual sign-in failed for profile ${report.profileIds[0]}: rejected_credentials`);
    for (const value of forbiddenValues()) expect(logText).not.toContain(value);
  });
});

describe('the Help menu', () => {
  it('has "Open logs folder" and "Copy diagnostics"', () => {
    expect(report.helpLabels).toEqual(expect.arrayContaining(['Open logs folder', 'Copy diagnostics']));
  });

  it('opens the logs folder', () => {
    expect(report.openedPaths).toEqual([join(dataDir.path, 'logs')]);
  });

  it('copies a plain-text report with versions, OS, encryption, counts and errors by code, and shows it', () => {
    expect(report.clipboard?.types).toEqual(['text/plain']);
    const text = report.clipboard?.text ?? '';
    const lines = text.split('\n');
    expect(lines[0]).toBe('Butlr Credentials diagnostics');
    for (const label of ['App', 'Electron', 'Chrome', 'Node', 'OS']) expect(lines.some((line) => line.startsWith(`${label}: `)), label).toBe(true);
    expect(lines).toContain('Encryption: gnome_libsecret, available');
    expect(lines).toContain('Profiles: 2');
    expect(text).toMatch(/^Errors answered since \d{2}:\d{2}, by code:$/m);
    expect(text).toMatch(/^ {2}rejected_credentials ×1, last \d{2}:\d{2}$/m);
    expect(text).toMatch(/^ {2}internal ×1, last \d{2}:\d{2}$/m);
    expect(text).toMatch(/^Internal errors logged: 2, last \d{2}:\d{2} /m);
    expect(report.confirmation?.detail).toContain(text);
  });

  it('puts no profile name, host, id, secret, token or folder in the report', () => {
    const text = report.clipboard?.text ?? '';
    for (const value of [...forbiddenValues(), ...report.profileIds, '127.0.0.1', new URL(butlr.url).host, dataDir.path]) expect(text).not.toContain(value);
  });
});
