// The address Electron's installer (@electron/get) downloads from, so a failure can name the host it tried.
// @electron/get does not export its URL builder, so its precedence is restated here; tests pin it to the same inputs.

const DEFAULT_MIRROR = 'https://github.com/electron/electron/releases/download/';

interface DownloadTarget {
  readonly version: string;
  readonly platform: string;
  readonly arch: string;
}

/** The platform and arch install.js asks for: its ELECTRON_INSTALL_* and npm_config_* overrides first. */
export function installTarget(version: string, env: NodeJS.ProcessEnv = process.env): DownloadTarget {
  return {
    version,
    platform: env.ELECTRON_INSTALL_PLATFORM || env.npm_config_platform || process.platform,
    arch: env.ELECTRON_INSTALL_ARCH || env.npm_config_arch || process.arch,
  };
}

/** @electron/get's mirrorVar(): .npmrc, then package.json config, then the ELECTRON_* environment variable. */
function mirrorVar(name: 'mirror' | 'customDir' | 'customFilename', env: NodeJS.ProcessEnv): string | undefined {
  const snake = name.replace(/([a-z])([A-Z])/g, '$1_$2').toLowerCase();
  return (
    env[`npm_config_electron_${name.toLowerCase()}`] ||
    env[`NPM_CONFIG_ELECTRON_${snake.toUpperCase()}`] ||
    env[`npm_config_electron_${snake}`] ||
    env[`npm_package_config_electron_${name}`] ||
    env[`npm_package_config_electron_${snake}`] ||
    env[`ELECTRON_${snake.toUpperCase()}`] ||
    undefined
  );
}

export function electronDownloadUrl({ version, platform, arch }: DownloadTarget, env: NodeJS.ProcessEnv = process.env): string {
  const bare = version.replace(/^v/, '');
  const base = mirrorVar('mirror', env) ?? DEFAULT_MIRROR;
  const dir = (mirrorVar('customDir', env) ?? `v${bare}`).replace('{{ version }}', bare);
  const file = mirrorVar('customFilename', env) ?? `electron-v${bare}-${platform}-${arch}.zip`;
  return `${base}${dir}/${file}`;
}

/** The host part for the message, or the whole address if it is not a URL a person would recognise. */
export function hostOf(url: string): string {
  try {
    return new URL(url).host || url;
  } catch {
    return url;
  }
}
