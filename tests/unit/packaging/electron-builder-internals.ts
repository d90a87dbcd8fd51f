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
  readonly mac?: { readonly target?: string; readonly icon?: string };
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

const configModule = requireFromBuilder('app-builder-lib/out/util/config/config') as ConfigModule;
const { PlatformPackager } = requireFromBuilder('app-builder-lib') as { PlatformPackager: { prototype: PlatformPackagerPrototype } };

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
