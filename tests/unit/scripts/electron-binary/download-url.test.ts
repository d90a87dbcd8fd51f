// The download address named in the failure message follows @electron/get's own mirror settings.
import { describe, expect, it } from 'vitest';
import { electronDownloadUrl, hostOf, installTarget } from '../../../../scripts/electron-binary/download-url';

const target = { version: '45.3.4', platform: 'linux', arch: 'x64' };

describe('electronDownloadUrl', () => {
  it('is GitHub releases by default', () => {
    expect(electronDownloadUrl(target, {})).toBe('https://github.com/electron/electron/releases/download/v45.3.4/electron-v45.3.4-linux-x64.zip');
  });

  it('honours ELECTRON_MIRROR, ELECTRON_CUSTOM_DIR with its {{ version }} and ELECTRON_CUSTOM_FILENAME', () => {
    const env = { ELECTRON_MIRROR: 'https://npmmirror.com/mirrors/electron/', ELECTRON_CUSTOM_DIR: '{{ version }}', ELECTRON_CUSTOM_FILENAME: 'e.zip' };
    expect(electronDownloadUrl(target, env)).toBe('https://npmmirror.com/mirrors/electron/45.3.4/e.zip');
  });

  it('takes .npmrc settings before the environment variable, as @electron/get does', () => {
    const env = { ELECTRON_MIRROR: 'https://env.example/', npm_config_electron_mirror: 'https://npmrc.example/' };
    expect(electronDownloadUrl(target, env)).toBe('https://npmrc.example/v45.3.4/electron-v45.3.4-linux-x64.zip');
  });

  it('asks for the platform and arch install.js would, overrides first', () => {
    expect(installTarget('45.3.4', { ELECTRON_INSTALL_PLATFORM: 'win32', npm_config_arch: 'arm64' })).toEqual({ version: '45.3.4', platform: 'win32', arch: 'arm64' });
  });

  it('names the host of an address, and keeps what is not one', () => {
    expect(hostOf('http://127.0.0.1:9/v1/e.zip')).toBe('127.0.0.1:9');
    expect(hostOf('not a url')).toBe('not a url');
  });
});
