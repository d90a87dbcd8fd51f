// butlr-cred exec: the token in a child's environment, its exit code and signals passed through, and no nesting for one profile.
import { describe, expect, it } from 'vitest';
import { useCliWorld } from './cli-kit';

const world = useCliWorld();
const node = process.execPath;
const PRINT_ENV = `process.stdout.write(JSON.stringify({ token: process.env.BUTLR_ACCESS_TOKEN, expiresAt: process.env.BUTLR_TOKEN_EXPIRES_AT, baseUrl: process.env.BUTLR_BASE_URL }))`;

describe('exec', () => {
  it('runs the command with BUTLR_ACCESS_TOKEN, BUTLR_TOKEN_EXPIRES_AT (ISO 8601) and BUTLR_BASE_URL set', async () => {
    world.test.dialogs.answerScriptAccess = () => 'ten_minutes';
    const { outcome, childStdout, stdout, stderr } = await world.run(['exec', 'prod', '--', node, '-e', PRINT_ENV]);
    expect(outcome).toEqual({ exitCode: 0 });
    expect(stdout).toBe('');
    expect(stderr).toBe('');
    const seen = JSON.parse(childStdout) as { token: string; expiresAt: string; baseUrl: string };
    expect(seen.token).toBe(world.butlr.issuedTokens[0]);
    expect(seen.expiresAt).toBe(new Date(Date.parse(seen.expiresAt)).toISOString());
    expect(Date.parse(seen.expiresAt)).toBeGreaterThan(Date.now());
    expect(seen.baseUrl).toBe(world.butlr.url);
  });

  it('ends with the command’s exit code', async () => {
    world.test.dialogs.answerScriptAccess = () => 'ten_minutes';
    expect((await world.run(['exec', 'prod', '--', node, '-e', 'process.exit(42)'])).outcome).toEqual({ exitCode: 42 });
  });

  it('ends with the command’s signal, and passes on a signal sent to butlr-cred', async () => {
    world.test.dialogs.answerScriptAccess = () => 'ten_minutes';
    expect((await world.run(['exec', 'prod', '--', node, '-e', "process.kill(process.pid, 'SIGTERM')"])).outcome).toEqual({ signal: 'SIGTERM' });
    const forwarded = await world.run(['exec', 'prod', '--', node, '-e', "process.stdout.write('ready'); setInterval(() => {}, 1000)"], {
      // The command is running once butlr-cred listens for signals: play a supervisor's SIGHUP then.
      onSignalListener: (listener) => setTimeout(() => listener('SIGHUP'), 50),
    });
    expect(forwarded.outcome).toEqual({ signal: 'SIGHUP' });
  });

  it('refuses to run inside another exec of the same profile, before asking anyone', async () => {
    const nested = await world.run(['exec', 'prod', '--', node, '-e', '0'], { env: { BUTLR_CRED_EXEC: world.profileId } });
    expect(nested.outcome).toEqual({ exitCode: 2 });
    expect(nested.stderr).toBe('butlr-cred: This is already inside butlr-cred exec for “Prod EU”: its token is in BUTLR_ACCESS_TOKEN.\n');
    expect(world.test.dialogs.scriptQuestions).toEqual([]);
  });

  it('tells a nested exec which profiles are already in use', async () => {
    world.test.dialogs.answerScriptAccess = () => 'ten_minutes';
    const { childStdout } = await world.run(['exec', 'prod', '--', node, '-e', 'process.stdout.write(process.env.BUTLR_CRED_EXEC)'], { env: { BUTLR_CRED_EXEC: 'another-profile' } });
    expect(childStdout).toBe(`another-profile,${world.profileId}`);
  });

  it('exits 127 for a command that does not exist, and 4 without running anything when denied', async () => {
    world.test.dialogs.answerScriptAccess = () => 'ten_minutes';
    expect(await world.run(['exec', 'prod', '--', 'no-such-command-butlr-test'])).toMatchObject({ outcome: { exitCode: 127 }, stderr: 'butlr-cred: command not found: no-such-command-butlr-test\n' });
    world.test.dialogs.answerScriptAccess = () => 'deny';
    const denied = await world.run(['exec', 'prod', '--', node, '-e', PRINT_ENV], { ppid: process.ppid });
    expect(denied.outcome).toEqual({ exitCode: 4 });
    expect(denied.childStdout).toBe('');
  });
});
