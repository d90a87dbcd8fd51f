// butlr-cred's commands against the real core and a fake Butlr: list, token (with renewal for --min-validity), exec, env, and every exit code.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ipcChannels } from '../../../shared/ipc/channels';
import { createProfile, profileInput, valueOf } from '../electron/core/core-test-kit';
import { useCliWorld } from './cli-kit';

const world = useCliWorld();
const allow = (): void => void (world.test.dialogs.answerScriptAccess = () => 'ten_minutes');

describe('list', () => {
  it('prints JSON when the output is not a terminal: names, ids, kinds, state and time left, nothing secret', async () => {
    const { outcome, stdout, stderr } = await world.run(['list']);
    expect(outcome).toEqual({ exitCode: 0 });
    expect(stderr).toBe('');
    expect(JSON.parse(stdout)).toEqual([{ id: world.profileId, name: 'Prod EU', kind: 'client_credentials', state: 'none', expiresAt: null, secondsLeft: null }]);
    expect(world.test.dialogs.scriptQuestions).toEqual([]);
  });

  it('prints a table on a terminal, and JSON there too with --json', async () => {
    await world.test.invoke(ipcChannels.fetchToken, { id: world.profileId });
    const table = await world.run(['list'], { isTTY: true });
    const [header, row] = table.stdout.trimEnd().split('\n');
    expect(header).toMatch(/^NAME\s+KIND\s+TOKEN\s+TIME LEFT\s+ID$/);
    expect(row).toMatch(new RegExp(`^Prod EU\\s+client credentials\\s+valid\\s+\\d\\d:\\d\\d\\s+${world.profileId}$`));
    expect(JSON.parse((await world.run(['list', '--json'], { isTTY: true })).stdout)[0]).toMatchObject({ state: 'valid', secondsLeft: expect.any(Number) });
  });
});

describe('token', () => {
  it('prints the access token and nothing else once the person allows it; later calls from the same shell are not asked', async () => {
    allow();
    const { outcome, stdout, stderr } = await world.run(['token', 'prod']);
    expect(outcome).toEqual({ exitCode: 0 });
    expect(stderr).toBe('');
    expect(stdout).toBe(`${world.butlr.issuedTokens[0]}\n`);
    expect((await world.run(['token', 'prod'])).stdout).toBe(`${world.butlr.issuedTokens[0]}\n`);
    expect(world.test.dialogs.scriptQuestions).toEqual([{ profileName: 'Prod EU', caller: expect.stringMatching(/ \(pid \d+\)$/) }]);
  });

  it('renews first when --min-validity asks for more than the held token has left', async () => {
    allow();
    world.butlr.setExpiresIn(200);
    const first = (await world.run(['token', 'Prod EU', '--min-validity', '60'])).stdout;
    expect((await world.run(['token', 'Prod EU', '--min-validity=60'])).stdout).toBe(first);
    expect(world.butlr.issuedTokens).toHaveLength(1);
    const renewed = (await world.run(['token', 'Prod EU', '--min-validity', '300'])).stdout;
    expect(world.butlr.issuedTokens).toHaveLength(2);
    expect(renewed).toBe(`${world.butlr.issuedTokens[1]}\n`);
  });

  it.each([
    ['bearer', (token: string) => `Bearer ${token}\n`],
    ['header', (token: string) => `Authorization: Bearer ${token}\n`],
  ])('prints --format %s', async (format, expected) => {
    allow();
    const { stdout } = await world.run(['token', 'prod', '--format', format]);
    expect(stdout).toBe(expected(world.butlr.issuedTokens[0]!));
  });

  it('prints --format json with the expiry in ISO 8601', async () => {
    allow();
    const printed = JSON.parse((await world.run(['token', 'prod', '--format', 'json'])).stdout);
    expect(printed).toEqual({ accessToken: world.butlr.issuedTokens[0], expiresAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/), baseUrl: world.butlr.url, profile: { id: world.profileId, name: 'Prod EU' } });
  });

  it('exits 4 when the person denies, saying so on stderr and printing nothing', async () => {
    const { outcome, stdout, stderr } = await world.run(['token', 'prod']);
    expect(outcome).toEqual({ exitCode: 4 });
    expect(stdout).toBe('');
    expect(stderr).toBe('butlr-cred: You denied this terminal session the token of “Prod EU” in Butlr Credentials.\n');
  });

  it('exits 5 for an unknown or an ambiguous profile, without asking anyone', async () => {
    await createProfile(world.test, profileInput(world.butlr.url, { name: 'Prod US' }));
    expect(await world.run(['token', 'staging'])).toMatchObject({ outcome: { exitCode: 5 }, stderr: 'butlr-cred: No profile is named “staging”. butlr-cred list shows them.\n' });
    expect(await world.run(['token', 'prod'])).toMatchObject({ outcome: { exitCode: 5 }, stderr: expect.stringContaining('could be “Prod EU”, “Prod US”') });
    expect(world.test.dialogs.scriptQuestions).toEqual([]);
  });

  it('exits 6 with the app’s words when the sign-in fails upstream', async () => {
    allow();
    world.butlr.setFailure('reject');
    const { outcome, stderr } = await world.run(['token', 'prod']);
    expect(outcome).toEqual({ exitCode: 6 });
    expect(stderr.split('\n')).toHaveLength(2);
    expect(stderr).toMatch(/^butlr-cred: .*rejected/i);
  });

  it.each([
    [['token'], 'token needs <name-or-id>.'],
    [['token', 'a', 'b'], 'token takes one name-or-id; “b” is one too many.'],
    [['token', 'prod', '--format', 'curl'], '--format takes raw, bearer, header, json.'],
    [['token', 'prod', '--min-validity', '-1'], '--min-validity takes whole seconds from 0 to 3600.'],
    [['token', 'prod', '-x'], 'token has no option -x.'],
    [['token', 'prod', '--min-validity', '9999'], '--min-validity takes whole seconds from 0 to 3600.'],
    [['token', 'prod', '--frobnicate'], 'token has no option --frobnicate.'],
    [['frobnicate'], 'there is no command “frobnicate”; the commands are list, token, exec and env.'],
    [['tokn', 'prod'], 'there is no command “tokn” (did you mean token?); the commands are list, token, exec and env.'],
    [['lsit'], 'there is no command “lsit” (did you mean list?); the commands are list, token, exec and env.'],
    [['token', 'prod', '--min-valdity', '60'], 'token has no option --min-valdity. Did you mean --min-validity?'],
    [['exec', 'prod'], 'exec needs a command to run after --.'],
  ])('exits 2 on a usage error: %j', async (argv, message) => {
    const { outcome, stderr, stdout } = await world.run(argv);
    expect(outcome).toEqual({ exitCode: 2 });
    expect(stdout).toBe('');
    expect(stderr.split('\n')[0]).toBe(`butlr-cred: ${message}`);
    expect(stderr.split('\n')).toHaveLength(3);
  });

  it('answers --help for each command, on stdout, without asking the app anything', async () => {
    await world.test.core.quit();
    for (const command of ['list', 'token', 'exec', 'env']) {
      const { outcome, stdout } = await world.run([command, '--help']);
      expect(outcome).toEqual({ exitCode: 0 });
      expect(stdout).toMatch(new RegExp(`^Usage: butlr-cred ${command}`));
    }
    expect((await world.run(['--help'])).stdout).toContain('Exit codes: 0 ok, 2 usage, 3 the app is not running');
  });

  it('exits 3 when the app is not running, at once (the socket is gone: nothing to wait for)', async () => {
    await world.test.core.quit();
    const { outcome, stderr } = await world.run(['token', 'prod']);
    expect(outcome).toEqual({ exitCode: 3 });
    expect(stderr).toBe(`butlr-cred: Butlr Credentials is not running. Start it, then try again.\nbutlr-cred: Nothing is listening at ${world.dataDir.path}/cli/butlr-cred.sock (ENOENT).\n`);
  });
});

describe('sessions', () => {
  it('asks again for a call from another shell, and not for one that inherits the session through BUTLR_CRED_SESSION', async () => {
    allow();
    const first = await world.run(['exec', 'prod', '--', process.execPath, '-e', 'process.stdout.write(process.env.BUTLR_CRED_SESSION)']);
    expect(first.childStdout).toMatch(/^[0-9a-f]{32}$/);
    const otherShell = process.ppid;
    await world.run(['token', 'prod'], { ppid: otherShell, env: { BUTLR_CRED_SESSION: first.childStdout } });
    expect(world.test.dialogs.scriptQuestions).toHaveLength(1);
    await world.run(['token', 'prod'], { ppid: otherShell });
    expect(world.test.dialogs.scriptQuestions).toHaveLength(2);
    const grants = valueOf<{ grants: unknown[] }>(await world.test.invoke(ipcChannels.getScriptAccess)).grants;
    expect(grants).toHaveLength(2);
  });
});

describe('env', () => {
  it('prints export lines that bash evaluates back to the exact token, expiry and base URL', async () => {
    allow();
    const { outcome, stdout } = await world.run(['env', 'prod']);
    expect(outcome).toEqual({ exitCode: 0 });
    expect(stdout.split('\n').filter(Boolean).map((line) => line.split('=')[0])).toEqual(['export BUTLR_ACCESS_TOKEN', 'export BUTLR_TOKEN_EXPIRES_AT', 'export BUTLR_BASE_URL']);
    const evaluated = spawnSync('bash', ['-c', 'eval "$1"; printf "%s\\n%s\\n%s" "$BUTLR_ACCESS_TOKEN" "$BUTLR_TOKEN_EXPIRES_AT" "$BUTLR_BASE_URL"', 'env-test', stdout], { encoding: 'utf8' });
    expect(evaluated.stderr).toBe('');
    const [token, expiresAt, baseUrl] = evaluated.stdout.split('\n');
    expect(token).toBe(world.butlr.issuedTokens[0]);
    expect(Date.parse(expiresAt!)).toBeGreaterThan(Date.now());
    expect(baseUrl).toBe(world.butlr.url);
  });

  it.each([
    ['fish', /^set -gx BUTLR_ACCESS_TOKEN '[^']+';$/],
    ['powershell', /^\$Env:BUTLR_ACCESS_TOKEN = '[^']+'$/],
  ])('prints lines for --shell %s', async (shell, firstLine) => {
    allow();
    const { stdout } = await world.run(['env', 'prod', '--shell', shell]);
    expect(stdout.split('\n')[0]).toMatch(firstLine);
    expect(stdout).toContain(world.butlr.issuedTokens[0]);
  });
});
