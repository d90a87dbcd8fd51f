// The built main bundle under the Electron stand-in, and the built butlr-cred as a child process talking to it: the script
// `npm run build` makes, and the standalone executable `npm run package` makes, when it has been built here (dist-cli/).
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeButlrServer, type FakeButlrServer } from '../fixtures/fake-butlr-server';
import { createTempDataDir, type TempDataDir } from '../fixtures/temp-data-dir';
import { assertBuilt, CLI_BUNDLE, MAIN_BUNDLE } from './built-bundles';

const STAND_IN = resolve(import.meta.dirname, 'stand-in');
const EXECUTABLE = resolve(import.meta.dirname, '../../dist-cli/butlr-cred');

interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
  ms: number;
}
interface CliReport {
  channelAtStart: { state: string; address?: string };
  allowed: CliRun;
  again: CliRun;
  denied: CliRun;
  escaped: CliRun;
  listed: CliRun;
  consentBoxes: { title: string; message: string; detail: string; buttons: string[]; defaultId: number; cancelId: number; type: string }[];
  grants: { caller: string; expiresAt: number | null }[];
  activity: { kind: string; trigger: string; access?: string }[];
  afterQuit: CliRun;
  socketFolderAfterQuit: string[];
  logText: string;
}

function journey(cli: string): void {
  let butlr: FakeButlrServer;
  let dataDir: TempDataDir;
  let report: CliReport;

  beforeAll(async () => {
    assertBuilt(MAIN_BUNDLE, cli);
    butlr = await startFakeButlrServer();
    dataDir = await createTempDataDir();
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['--import', join(STAND_IN, 'register.mjs'), join(STAND_IN, 'probe-cli.mjs'), MAIN_BUNDLE, butlr.url, cli, dataDir.path],
      { env: { ...process.env, BUTLR_DATA_DIR: dataDir.path } },
    );
    const line = stdout.split('\n').find((text) => text.startsWith('CLI_REPORT '));
    if (!line) throw new Error(`The CLI probe printed no report:\n${stdout}`);
    report = JSON.parse(line.slice('CLI_REPORT '.length)) as CliReport;
  });

  afterAll(async () => {
    await butlr?.close();
    await dataDir?.remove();
  });

  describe('butlr-cred against the built app', () => {
    it('finds the app listening in the data folder BUTLR_DATA_DIR names', () => {
      expect(report.channelAtStart).toEqual({ state: 'listening', address: join(dataDir.path, 'cli', 'butlr-cred.sock') });
    });

    it('opens the consent dialog with the three buttons, Deny the default and Escape’s answer', () => {
      expect(report.consentBoxes).toHaveLength(3);
      expect(report.consentBoxes[0]).toEqual({
        type: 'question',
        title: 'Allow a command-line tool?',
        message: expect.stringMatching(/^A command-line tool \(parent process: .+ \(pid \d+\)\) asks for the token of “Prod EU”$/),
        detail: expect.stringContaining('Only the access token leaves the app'),
        buttons: ['Allow for 10 minutes', 'Allow until the app quits', 'Deny'],
        defaultId: 2,
        cancelId: 2,
        attached: expect.any(Boolean),
      });
    });

    it('prints the token once allowed, and asks that session no more', () => {
      expect(report.allowed).toMatchObject({ code: 0, stderr: '', stdout: `${butlr.issuedTokens[0]}\n` });
      expect(report.again).toMatchObject({ code: 0, stdout: `Bearer ${butlr.issuedTokens[0]}\n` });
      expect(report.grants).toEqual([expect.objectContaining({ expiresAt: expect.any(Number) })]);
    });

    it('exits 4 on Deny and on Escape, printing no token', () => {
      for (const run of [report.denied, report.escaped]) {
        expect(run).toMatchObject({ code: 4, stdout: '', stderr: 'butlr-cred: You denied this terminal session the token of “Prod EU” in Butlr Credentials.\n' });
      }
      expect(report.activity.filter((event) => event.trigger === 'script').map((event) => event.kind)).toEqual(['script_denied', 'script_denied', 'renewed', 'script_allowed']);
    });

    it('lists the profile as JSON when its output is a pipe', () => {
      expect(report.listed.code).toBe(0);
      expect(JSON.parse(report.listed.stdout)).toEqual([expect.objectContaining({ name: 'Prod EU', state: 'valid' })]);
    });

    it('exits 3 once the app has quit, from the socket being gone rather than from a timeout, and leaves nothing in the folder', () => {
      expect(report.afterQuit).toMatchObject({ code: 3, stdout: '' });
      expect(report.afterQuit.stderr).toContain('(ENOENT)');
      console.info(`butlr-cred answered "not running" in ${report.afterQuit.ms} ms (node start-up included)`);
      expect(report.socketFolderAfterQuit).toEqual([]);
    });

    it('writes no token or secret to the log', () => {
      expect(report.logText).toContain('cli: listening at');
      for (const token of butlr.issuedTokens) expect(report.logText).not.toContain(token);
      expect(report.logText).not.toContain('demo-secret');
    });
  });
}

describe('out/cli/butlr-cred.mjs', () => journey(CLI_BUNDLE));
// Built by `npm run package` only (it fetches postject); where it has been built, the same journey runs against it.
describe.runIf(existsSync(EXECUTABLE))('the standalone executable dist-cli/butlr-cred', () => journey(EXECUTABLE));
