// electron-builder's own config loader, schema check and fuse mapping, resolved through the installed electron-builder so they match its version.
import { createRequire } from 'node:module';

/** The part of electron-builder's configuration the packaging tests read. */
export interface BuilderConfig {
  readonly appId?: string;
  readonly productName?: string;
  readonly files?: readonly { readonly filter?: readonly string[] }[];
  readonly asar?: boolean;
  readonly npmRebuild?: boolean;
  readonly directories?: { readonly output?: string; readonly buildResources?: string };
  readonly electronFuses?: Readonly<Record<string, boolean>>;
  readonly linux?: { readonly target?: readonly string[]; readonly icon?: string; readonly maintainer?: string };
  readonly mac?: { readonly target?: string; readonly icon?: string; readonly hardenedRuntime?: boolean; readonly entitlements?: string; readonly entitlementsInherit?: string };
  readonly win?: { readonly target?: string; readonly icon?: string };
  readonly [key: string]: unknown;
}

interface ConfigModule {
  getConfig(projectDir: string, configPath: string | null, configFromOptions: null): Promise<BuilderConfig>;
  validateConfiguration(config: BuilderConfig, debugLogger: { isEnabled: boolean; add(): void }): Promise<void>;
}

interface PlatformPackagerPrototype {
  generateFuseConfig(this: unknown, fuses: Readonly<Record<string, boolean>>): Promise<Record<string, unknown>>;
}

/** Resolves a module the way electron-builder itself does, from its own folder. */
export const requireFromBuilder = createRequire(createRequire(import.meta.url).resolve('electron-builder'));

interface MacTargetHelperPrototype {
  getOptionsForFile(this: unknown, appPath: string, isMas: boolean, config: BuilderConfig['mac']): Promise<(filePath: string) => { entitlements?: string }>;
}

const configModule = requireFromBuilder('app-builder-lib/out/util/config/config') as ConfigModule;
const { PlatformPackager } = requireFromBuilder('app-builder-lib') as { PlatformPackager: { prototype: PlatformPackagerPrototype } };
const { MacTargetHelper } = requireFromBuilder('app-builder-lib/out/mac/MacTargetHelper') as { MacTargetHelper: { prototype: MacTargetHelperPrototype } };

/** The configuration exactly as `electron-builder` finds and merges it in `projectDir`. */
export function loadBuilderConfig(projectDir: string): Promise<BuilderConfig> {
  return configModule.getConfig(projectDir, null, null);
}

/** electron-builder's JSON-schema check of a configuration; rejects with its own message. */
export function validateBuilderConfig(config: BuilderConfig): Promise<void> {
  return configModule.validateConfiguration(config, { isEnabled: false, add: () => {} });
}

/** What electron-builder hands to @electron/fuses for our `electronFuses`: keyed by FuseV1Options index. */
export function fuseConfigFor(fuses: Readonly<Record<string, boolean>>): Promise<Record<string, unknown>> {
  return PlatformPackager.prototype.generateFuseConfig.call({}, fuses);
}

/**
 * The entitlements file electron-builder's signing step picks for each file of a signed macOS app: the app itself and
 * its helpers. `buildResources` lists the files in the build-resources folder, where it also looks for a default.
 */
export async function macEntitlementsFor(config: BuilderConfig, buildResourcesDir: string, buildResources: readonly string[]): Promise<{ app?: string; helper?: string }> {
  const appPath = '/Applications/Butlr Credentials.app';
  const packager = { resourceList: Promise.resolve(buildResources), info: { buildResourcesDir }, platformSpecificBuildOptions: config.mac ?? {} };
  const optionsFor = await MacTargetHelper.prototype.getOptionsForFile.call({ packager }, appPath, false, config.mac ?? {});
  return {
    app: optionsFor(appPath).entitlements,
    helper: optionsFor(`${appPath}/Contents/Frameworks/Butlr Credentials Helper (Renderer).app`).entitlements,
  };
}
