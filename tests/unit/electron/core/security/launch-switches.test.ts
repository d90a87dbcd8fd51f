// The switches a packaged launch is refused for: every spelling Chromium or Node would read, and only those.
import { describe, expect, it } from 'vitest';
import { describeRefusedLaunch, refusedLaunchSwitches, type LaunchCommandLine } from '../../../../../electron/core/security/launch-switches';

const OWN = '/home/admin/.config/Butlr Credentials';
const EXE = '/opt/Butlr Credentials/butlr-credentials';

function refused(args: readonly string[], overrides: Partial<LaunchCommandLine> = {}): string[] {
  return refusedLaunchSwitches({ argv: [EXE, ...args], ownUserDataPath: OWN, platform: 'linux', cwd: '/home/admin', ...overrides });
}

describe('refusedLaunchSwitches', () => {
  it('lets a plain launch, our own --hidden and ordinary arguments through', () => {
    expect(refused([])).toEqual([]);
    expect(refused(['--hidden'])).toEqual([]);
    expect(refused(['--enable-logging', '--lang=de', 'notes.txt', '/tmp/remote-debugging-port'])).toEqual([]);
  });

  it.each([
    ['--remote-debugging-port=9222', 'remote-debugging-port'],
    ['--remote-debugging-port', 'remote-debugging-port'],
    ['-remote-debugging-port=9222', 'remote-debugging-port'],
    ['--REMOTE-DEBUGGING-PORT=9222', 'remote-debugging-port'],
    ['-Remote-Debugging-Pipe', 'remote-debugging-pipe'],
    ['--remote-allow-origins=*', 'remote-allow-origins'],
    ['--inspect', 'inspect'],
    ['--inspect=9229', 'inspect'],
    ['--inspect-brk=0.0.0.0:9229', 'inspect-brk'],
    ['--inspect-port=9229', 'inspect-port'],
    ['--inspect-brk-node', 'inspect-brk-node'],
    ['--inspect_brk', 'inspect-brk'],
    ['--js-flags=--allow-natives-syntax', 'js-flags'],
    ['--proxy-server=http://127.0.0.1:8080', 'proxy-server'],
    ['-proxy-server=socks5://127.0.0.1:1080', 'proxy-server'],
    ['--proxy-pac-url=http://evil.example/proxy.pac', 'proxy-pac-url'],
    ['--host-rules=MAP * 127.0.0.1', 'host-rules'],
    ['--host-resolver-rules=MAP api.butlr.io 127.0.0.1', 'host-resolver-rules'],
    ['--ignore-certificate-errors', 'ignore-certificate-errors'],
    ['--Ignore-Certificate-Errors-SPKI-List=abc=', 'ignore-certificate-errors-spki-list'],
    ['--disable-web-security', 'disable-web-security'],
    ['--load-extension=/tmp/ext', 'load-extension'],
  ])('refuses %s', (arg, name) => {
    expect(refused([arg])).toEqual([name]);
  });

  it('names each switch once, in the order found, never with its value', () => {
    const names = refused(['--proxy-server=http://user:pass@proxy:8080', '--hidden', '--remote-debugging-port=9222', '--proxy-server=http://other']);
    expect(names).toEqual(['proxy-server', 'remote-debugging-port']);
    expect(JSON.stringify(names)).not.toMatch(/9222|user:pass/);
  });

  it('still refuses a switch after a bare --, and one that only repeats an allowed switch', () => {
    expect(refused(['--', '--remote-debugging-port=9222'])).toEqual(['remote-debugging-port']);
    expect(refused(['--hidden', '--hidden', '--inspect'])).toEqual(['inspect']);
  });

  it('reads /switch on Windows only, where Chromium does', () => {
    expect(refused(['/remote-debugging-port=9222'], { platform: 'win32', ownUserDataPath: 'C:\\Users\\admin\\AppData\\Roaming\\Butlr Credentials', cwd: 'C:\\' })).toEqual([
      'remote-debugging-port',
    ]);
    expect(refused(['/remote-debugging-port=9222'])).toEqual([]);
  });

  it('allows --user-data-dir only for the app’s own data folder or a folder inside it', () => {
    expect(refused([`--user-data-dir=${OWN}`])).toEqual([]);
    expect(refused([`--user-data-dir=${OWN}/`])).toEqual([]);
    expect(refused([`--user-data-dir=${OWN}/profile-a`])).toEqual([]);
    expect(refused(['--user-data-dir=.config/Butlr Credentials'])).toEqual([]);
    expect(refused(['--user-data-dir=/tmp/planted'])).toEqual(['user-data-dir']);
    expect(refused([`-User-Data-Dir=${OWN}/../Butlr Credentials Evil`])).toEqual(['user-data-dir']);
    expect(refused([`--user-data-dir=${OWN}-evil`])).toEqual(['user-data-dir']);
    expect(refused(['--user-data-dir=/home/admin/.config'])).toEqual(['user-data-dir']);
    expect(refused(['--user-data-dir', '/tmp/planted'])).toEqual(['user-data-dir']);
    expect(refused([`--user-data-dir=${OWN}`, '--user-data-dir=/tmp/planted'])).toEqual(['user-data-dir']);
  });

  it('compares data folders without case where the file system does', () => {
    const upper = `--user-data-dir=${OWN.toUpperCase()}`;
    expect(refused([upper], { platform: 'darwin' })).toEqual([]);
    expect(refused([upper])).toEqual(['user-data-dir']);
    const windows = { platform: 'win32', ownUserDataPath: 'C:\\Users\\admin\\AppData\\Roaming\\Butlr Credentials', cwd: 'C:\\' };
    expect(refused(['--user-data-dir=c:\\users\\ADMIN\\appdata\\roaming\\butlr credentials'], windows)).toEqual([]);
    expect(refused(['--user-data-dir=D:\\planted'], windows)).toEqual(['user-data-dir']);
  });

  it("also asks Electron's command line, which sees switches that never reached process.argv", () => {
    const chromium = new Map([
      ['remote-debugging-pipe', ''],
      ['inspect-port', '9229'],
      ['user-data-dir', '/tmp/planted'],
    ]);
    const names = refused([], { hasSwitch: (name) => chromium.has(name), getSwitchValue: (name) => chromium.get(name) ?? '' });
    expect(names.sort()).toEqual(['inspect-port', 'remote-debugging-pipe', 'user-data-dir']);
    expect(refused([], { hasSwitch: () => false, getSwitchValue: (name) => (name === 'user-data-dir' ? OWN : '') })).toEqual([]);
  });
});

describe('describeRefusedLaunch', () => {
  it('names the switches, says why and what to do', () => {
    const message = describeRefusedLaunch(['remote-debugging-port']);
    expect(message).toContain('--remote-debugging-port');
    expect(message).toMatch(/secrets and tokens/);
    expect(message).toMatch(/Start it again without it/);
    expect(describeRefusedLaunch(['proxy-server', 'user-data-dir'])).toMatch(/--proxy-server, --user-data-dir\..*without them/s);
  });
});
