// A real `electron-builder --linux dir` run against a stand-in Electron binary: what lands in app.asar and how the fuses end up.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, MAIN_BUNDLE, OUT_DIR, PRELOAD_BUNDLE } from '../../electron/built-bundles';
import { requireFromBuilder } from './electron-builder-internals';

const PROJECT_DIR = resolve(import.meta.dirname, '../../..');
const { getCurrentFuseWire, FuseV1Options } = requireFromBuilder('@electron/fuses') as {
  getCurrentFuseWire(path: string): Promise<Record<string, unknown>>;
  FuseV1Options: Record<string, number>;
};
const { listPackage } = requireFromBuilder('@electron/asar') as { listPackage(path: string, options: { isPack: boolean }): string[] };

/** The marker @electron/fuses looks for in the Electron binary, followed by the wire version, its length and one byte per fuse. */
const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
/** Electron's shipped defaults, in FuseV1Options order: RunAsNode, cookie encryption, NODE_OPTIONS, inspect, asar integrity, only asar, V8 snapshot, file privileges. */
const ELECTRON_DEFAULT_WIRE = '10110001';
const ON = '1'.charCodeAt(0);
const OFF = '0'.charCodeAt(0);

let workDir: string;
let unpackedDir: string;

/** Just enough of an Electron distribution for electron-builder to copy and for @electron/fuses to flip. */
async function writeStandInElectron(dir: string): Promise<void> {
  const binary = Buffer.concat([Buffer.from('#!/bin/sh\nexit 0\n'), Buffer.from(FUSE_SENTINEL), Buffer.from([1, ELECTRON_DEFAULT_WIRE.length]), Buffer.from(ELECTRON_DEFAULT_WIRE), Buffer.alloc(16)]);
  await writeFile(join(dir, 'electron'), binary);
  await chmod(join(dir, 'electron'), 0o755);
  await writeFile(join(dir, 'version'), '0.0.0-stand-in');
  await writeFile(join(dir, 'LICENSE'), '');
  await writeFile(join(dir, 'LICENSES.chromium.html'), '');
}

beforeAll(async () => {
  assertBuilt(MAIN_BUNDLE, PRELOAD_BUNDLE);
  workDir = await mkdtemp(join(tmpdir(), 'butlr-package-'));
  const electronDist = join(workDir, 'electron-dist');
  await mkdir(electronDist);
  await writeStandInElectron(electronDist);
  // The CLI, as `npm run package` runs it; NO_UPDATE_NOTIFIER keeps it from asking the registry for a newer version.
  const cli = requireFromBuilder.resolve('electron-builder/cli.js');
  await promisify(execFile)(process.execPath, [cli, '--linux', 'dir', `--config.electronDist=${electronDist}`, `--config.directories.output=${join(workDir, 'dist')}`], {
    cwd: PROJECT_DIR,
    env: { ...process.env, NO_UPDATE_NOTIFIER: '1' },
  });
  unpackedDir = join(workDir, 'dist', 'linux-unpacked');
}, 120_000);

afterAll(() => (workDir ? rm(workDir, { recursive: true, force: true }) : undefined));

describe('electron-builder, run for real against a stand-in Electron binary', () => {
  it('flips every fuse in the packaged binary the way the checklist asks', async () => {
    const wire = await getCurrentFuseWire(join(unpackedDir, 'butlr-credentials'));
    expect(wire).toEqual({
      version: '1',
      [FuseV1Options.RunAsNode!]: OFF,
      [FuseV1Options.EnableCookieEncryption!]: ON,
      [FuseV1Options.EnableNodeOptionsEnvironmentVariable!]: OFF,
      [FuseV1Options.EnableNodeCliInspectArguments!]: OFF,
      [FuseV1Options.EnableEmbeddedAsarIntegrityValidation!]: ON,
      [FuseV1Options.OnlyLoadAppFromAsar!]: ON,
      [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot!]: OFF,
      [FuseV1Options.GrantFileProtocolExtraPrivileges!]: OFF,
    });
  });

  it('packs the built app, package.json and the production dependencies into app.asar, and nothing else', async () => {
    // Beside it only butlr-cred's executable, when `npm run package` has built it into dist-cli/ (it fetches postject).
    const executableBuilt = existsSync(join(PROJECT_DIR, 'dist-cli', 'butlr-cred'));
    expect(await readdir(join(unpackedDir, 'resources'))).toEqual(executableBuilt ? ['app.asar', 'cli'] : ['app.asar']);
    if (executableBuilt) expect(await readdir(join(unpackedDir, 'resources', 'cli'))).toEqual(['butlr-cred']);
    const entries = listPackage(join(unpackedDir, 'resources', 'app.asar'), { isPack: false }).map((entry) => entry.replaceAll('\\', '/'));
    expect(new Set(entries.map((entry) => entry.split('/')[1]))).toEqual(new Set(['node_modules', 'out', 'package.json']));

    const builtFiles = (await readdir(OUT_DIR, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile()).map((entry) => `/out/${join(entry.parentPath, entry.name).slice(OUT_DIR.length + 1)}`);
    expect(builtFiles).toContain('/out/main/index.js');
    for (const file of builtFiles) expect(entries).toContain(file);

    const packages = new Set(entries.filter((entry) => /^\/node_modules\/(@[^/]+\/)?[^/@]+$/.test(entry)).map((entry) => entry.slice('/node_modules/'.length)));
    expect(packages).toContain('electron-store');
    expect(packages).toContain('zod');
    // The log file's writer: the main bundle imports electron-log/node at run time, so it has to be here.
    expect(packages).toContain('electron-log');
    expect(entries).toContain('/node_modules/electron-log/node.js');
    for (const devOnly of ['electron', 'electron-builder', 'vitest', 'react', 'typescript', '@doyensec/electronegativity']) expect(packages).not.toContain(devOnly);
  });
});
