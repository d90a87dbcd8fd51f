// Where "Install command-line tool…" puts butlr-cred on each OS, and the words that say exactly what it did.
import { describe, expect, it } from 'vitest';
import { cliInstallPlan, installedMessage, type CliInstallFacts } from '../../../../../electron/core/desktop/cli-install-plan';

const base: CliInstallFacts = {
  platform: 'linux',
  packaged: true,
  resourcesPath: '/opt/Butlr Credentials/resources',
  outDir: '/home/ada/butlr/out',
  home: '/home/ada',
  pathEnv: '/usr/local/bin:/usr/bin:/home/ada/.local/bin',
  appImage: false,
};

describe('cliInstallPlan', () => {
  it('links ~/.local/bin/butlr-cred to the packaged executable on Linux, without privileges', () => {
    expect(cliInstallPlan(base)).toEqual({
      kind: 'link',
      target: '/opt/Butlr Credentials/resources/cli/butlr-cred',
      link: '/home/ada/.local/bin/butlr-cred',
      copy: false,
      folder: '/home/ada/.local/bin',
      privileged: false,
      folderOnPath: true,
    });
  });

  it('copies instead of linking from an AppImage, whose files move at every start', () => {
    expect(cliInstallPlan({ ...base, appImage: true })).toMatchObject({ kind: 'link', copy: true });
  });

  it('links the built script when run from the repository', () => {
    expect(cliInstallPlan({ ...base, packaged: false, pathEnv: '/usr/bin' })).toMatchObject({ target: '/home/ada/butlr/out/cli/butlr-cred.mjs', folderOnPath: false, copy: false });
  });

  it('links into /usr/local/bin on macOS, where an administrator may be needed', () => {
    expect(cliInstallPlan({ ...base, platform: 'darwin', resourcesPath: '/Applications/Butlr Credentials.app/Contents/Resources' })).toEqual({
      kind: 'link',
      target: '/Applications/Butlr Credentials.app/Contents/Resources/cli/butlr-cred',
      link: '/usr/local/bin/butlr-cred',
      copy: false,
      folder: '/usr/local/bin',
      privileged: true,
      folderOnPath: true,
    });
  });

  it('adds the executable’s folder to the user PATH on Windows, and says when it is already there (in any case)', () => {
    const facts = { ...base, platform: 'win32' as const, resourcesPath: 'C:\\Program Files\\Butlr Credentials\\resources', pathEnv: 'C:\\Windows' };
    expect(cliInstallPlan(facts)).toEqual({ kind: 'user-path', folder: 'C:\\Program Files\\Butlr Credentials\\resources\\cli', alreadyOnPath: false });
    expect(cliInstallPlan({ ...facts, pathEnv: 'C:\\Windows;c:\\program files\\butlr credentials\\resources\\cli\\' })).toMatchObject({ alreadyOnPath: true });
    expect(cliInstallPlan({ ...facts, packaged: false })).toEqual({ kind: 'unavailable', reason: 'Only an installed app ships butlr-cred.exe. From the repository, run npx butlr-cred.' });
  });
});

describe('installedMessage', () => {
  it('names the link, its target, and how it was made', () => {
    const plan = cliInstallPlan({ ...base, platform: 'darwin', resourcesPath: '/Applications/B.app/Contents/Resources' });
    if (plan.kind !== 'link') throw new Error('expected a link');
    expect(installedMessage(plan, true)).toEqual({
      message: 'Installed the butlr-cred command.',
      detail: 'Linked /usr/local/bin/butlr-cred → /Applications/B.app/Contents/Resources/cli/butlr-cred (as administrator). Run butlr-cred --help to start.',
    });
  });

  it('says when the folder is not on PATH yet, and what a copy means', () => {
    const plan = cliInstallPlan({ ...base, pathEnv: '/usr/bin', appImage: true });
    if (plan.kind !== 'link') throw new Error('expected a link');
    expect(installedMessage(plan, false).detail).toBe(
      'Copied /opt/Butlr Credentials/resources/cli/butlr-cred to /home/ada/.local/bin/butlr-cred (an AppImage’s own files move at every start, so a link would break; install again after updating the app). /home/ada/.local/bin is not on your PATH yet: add it (for example in ~/.profile), then open a new terminal.',
    );
  });

  it('says what changed on Windows, or that nothing did', () => {
    expect(installedMessage({ kind: 'user-path', folder: 'C:\\B\\cli', alreadyOnPath: false }, false)).toEqual({ message: 'Added butlr-cred to your PATH.', detail: 'Added C:\\B\\cli to your user PATH. Open a new terminal, then run butlr-cred --help.' });
    expect(installedMessage({ kind: 'user-path', folder: 'C:\\B\\cli', alreadyOnPath: true }, false).detail).toBe('C:\\B\\cli was already in your user PATH; nothing was changed.');
  });
});
