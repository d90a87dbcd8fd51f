// The packaging configuration as electron-builder itself loads and validates it: ids, targets, files, icons and every fuse.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { APP_ID } from '../../../electron/core/desktop/app-identity';
import { EXECUTABLE_DIR } from '../../../scripts/cli/build-executable';
import { type BuilderConfig, fuseConfigFor, loadBuilderConfig, macEntitlementsFor, requireFromBuilder, validateBuilderConfig } from './electron-builder-internals';

const PROJECT_DIR = resolve(import.meta.dirname, '../../..');
const packageJson = JSON.parse(readFileSync(resolve(PROJECT_DIR, 'package.json'), 'utf8')) as Record<string, unknown> & { scripts: Record<string, string>; main: string };
const { FuseV1Options, FuseVersion } = requireFromBuilder('@electron/fuses') as { FuseV1Options: Record<string, number | string>; FuseVersion: { V1: string } };
const plist = requireFromBuilder('plist') as { parse(xml: string): unknown };

/** The fuses the security checklist asks for, by electron-builder's option name. */
const EXPECTED_FUSES = {
  runAsNode: false,
  enableNodeOptionsEnvironmentVariable: false,
  enableNodeCliInspectArguments: false,
  enableCookieEncryption: true,
  enableEmbeddedAsarIntegrityValidation: true,
  onlyLoadAppFromAsar: true,
  grantFileProtocolExtraPrivileges: false,
  loadBrowserProcessSpecificV8Snapshot: false,
};

/** Width and height from a PNG's IHDR chunk. */
function pngSize(path: string): { width: number; height: number } {
  const bytes = readFileSync(path);
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

let config: BuilderConfig;

beforeAll(async () => {
  config = await loadBuilderConfig(PROJECT_DIR);
});

describe('electron-builder.yml', () => {
  it('is the configuration electron-builder finds on its own, with no competing "build" key in package.json', () => {
    expect(existsSync(resolve(PROJECT_DIR, 'electron-builder.yml'))).toBe(true);
    expect(packageJson).not.toHaveProperty('build');
    expect(config.appId).toBe('io.butlr.credentials');
  });

  it('names the same appId the app sets as its Windows AppUserModelID, without which Windows drops its toasts', () => {
    expect(config.appId).toBe(APP_ID);
  });

  it("passes electron-builder's own schema check, which does reject a misspelt option", async () => {
    await expect(validateBuilderConfig(config)).resolves.toBeUndefined();
    await expect(validateBuilderConfig({ ...config, electronFuses: { ...config.electronFuses, runAsNod: false } })).rejects.toThrow(/electronFuses/);
  });

  it('names the product and packs only the built app into an asar archive', () => {
    expect(config.productName).toBe('Butlr Credentials');
    expect(config.files).toEqual([{ filter: ['out/**', 'package.json'] }]);
    expect(packageJson.main.startsWith('out/')).toBe(true);
    expect(config.asar).toBe(true);
    expect(config.npmRebuild).toBe(false);
  });

  it('ships the standalone butlr-cred beside app.asar, from where npm run package builds it', async () => {
    expect(config.extraResources).toEqual([{ from: 'dist-cli', to: 'cli', filter: ['butlr-cred', 'butlr-cred.exe'] }]);
    expect(EXECUTABLE_DIR).toBe(resolve(PROJECT_DIR, 'dist-cli'));
  });

  it('builds AppImage and deb on Linux, dmg on macOS, NSIS on Windows', () => {
    expect(config.linux?.target).toEqual(['AppImage', 'deb']);
    expect(config.linux?.maintainer).toMatch(/^.+ <[^@\s]+@[^@\s]+>$/);
    expect(config.mac?.target).toBe('dmg');
    expect(config.win?.target).toBe('nsis');
  });

  it('gives every platform the 512×512 icon rendered from build/icon.svg', () => {
    expect(existsSync(resolve(PROJECT_DIR, 'build/icon.svg'))).toBe(true);
    for (const platform of [config.linux, config.mac, config.win]) {
      expect(platform?.icon).toBe('build/icon.png');
      expect(pngSize(resolve(PROJECT_DIR, platform!.icon!))).toEqual({ width: 512, height: 512 });
    }
  });

  it('sets every fuse the checklist names, and leaves none of the fuse wire to Electron’s defaults', async () => {
    expect(config.electronFuses).toEqual(EXPECTED_FUSES);
    const wire = await fuseConfigFor(config.electronFuses!);
    expect(wire).toMatchObject({
      version: FuseVersion.V1,
      [FuseV1Options.RunAsNode!]: false,
      [FuseV1Options.EnableNodeOptionsEnvironmentVariable!]: false,
      [FuseV1Options.EnableNodeCliInspectArguments!]: false,
      [FuseV1Options.EnableCookieEncryption!]: true,
      [FuseV1Options.EnableEmbeddedAsarIntegrityValidation!]: true,
      [FuseV1Options.OnlyLoadAppFromAsar!]: true,
      [FuseV1Options.GrantFileProtocolExtraPrivileges!]: false,
      [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot!]: false,
    });
    const everyFuse = Object.values(FuseV1Options).filter((value) => typeof value === 'number');
    for (const fuse of everyFuse) expect(wire, `fuse ${FuseV1Options[fuse]}`).toHaveProperty(String(fuse));
  });

  it('signs the macOS app and its helpers with our entitlements: JIT for V8, and library validation left on', async () => {
    expect(config.mac?.hardenedRuntime).toBe(true);
    const file = config.mac?.entitlements;
    expect(file).toBe('build/entitlements.mac.plist');
    expect(config.mac?.entitlementsInherit).toBe(file);
    const entitlements = plist.parse(readFileSync(resolve(PROJECT_DIR, file!), 'utf8'));
    expect(entitlements).toEqual({ 'com.apple.security.cs.allow-jit': true });
    expect(entitlements).not.toHaveProperty(['com.apple.security.cs.disable-library-validation']);
    expect(entitlements).not.toHaveProperty(['com.apple.security.cs.allow-unsigned-executable-memory']);
    // What electron-builder's signing step really picks per file: without entitlementsInherit a helper gets its template.
    const buildResources = config.directories!.buildResources!;
    const picked = await macEntitlementsFor(config, resolve(PROJECT_DIR, buildResources), readdirSync(resolve(PROJECT_DIR, buildResources)));
    expect(picked).toEqual({ app: file, helper: file });
  });

  it('is run by `npm run package` after a fresh build and butlr-cred’s executable, once the Electron binary is there', () => {
    expect(packageJson.scripts.package).toBe('electron-vite build && tsx scripts/cli/build-executable.ts && tsx scripts/with-electron.ts electron-builder');
  });
});
