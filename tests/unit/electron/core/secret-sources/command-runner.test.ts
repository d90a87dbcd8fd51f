// The runner on real processes: no shell between us and the program, a closed stdin, the given environment only, the deadline and the cap.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { spawnCommandRunner, type CommandRun } from '../../../../../electron/core/secret-sources/command-runner';
import { createFakeSecretManagers, type FakeSecretManagers } from '../../../../fixtures/fake-secret-managers';

describe('spawnCommandRunner', () => {
  let fakes: FakeSecretManagers;
  beforeEach(async () => {
    fakes = await createFakeSecretManagers();
  });
  afterEach(async () => {
    await fakes.remove();
  });
  const run = (overrides: Partial<CommandRun>): CommandRun => ({
    executable: fakes.path('get-secret'),
    args: [],
    env: { PATH: '/usr/bin:/bin' },
    timeoutMs: 5_000,
    maxOutputBytes: 64 * 1024,
    ...overrides,
  });

  it('passes every argument verbatim: no shell reads ;, $( ), quotes or spaces', async () => {
    await fakes.set('get-secret', 'value', 'the-value\n');
    const marker = join(fakes.bin, 'pwned');
    const args = [`a; touch ${marker}`, `$(touch ${marker})`, '`touch x`', `"double" 'single'`, 'two words', '| cat', '> out', '*'];
    const outcome = await spawnCommandRunner(run({ args }));
    expect(outcome).toEqual({ kind: 'exited', code: 0, stdout: 'the-value\n', stderr: '' });
    expect(await fakes.lastArgs('get-secret')).toEqual(args);
    expect(existsSync(marker)).toBe(false);
  });

  it('gives the program the environment it is handed and nothing of ours', async () => {
    process.env.BUTLR_TEST_PARENT_ONLY = 'parent-only-value';
    try {
      await fakes.set('get-secret', 'value', 'x\n');
      await spawnCommandRunner(run({ env: { PATH: '/usr/bin:/bin', OP_SESSION_team: 'session' } }));
      const seen = await fakes.lastEnvironment('get-secret');
      expect(seen.OP_SESSION_team).toBe('session');
      expect(seen.BUTLR_TEST_PARENT_ONLY).toBeUndefined();
    } finally {
      delete process.env.BUTLR_TEST_PARENT_ONLY;
    }
  });

  it('closes stdin: a program that reads it gets end of input rather than waiting', async () => {
    const outcome = await spawnCommandRunner(run({ executable: '/bin/cat' }));
    expect(outcome).toEqual({ kind: 'exited', code: 0, stdout: '', stderr: '' });
  });

  it('stops a program that does not answer in time, with whatever it started', async () => {
    await fakes.set('get-secret', 'sleep');
    expect(await spawnCommandRunner(run({ timeoutMs: 200 }))).toEqual({ kind: 'timeout' });
  });

  it('stops reading past the output cap', async () => {
    await fakes.set('get-secret', 'huge');
    expect(await spawnCommandRunner(run({}))).toEqual({ kind: 'too_large' });
  });

  it('tells a program that is not there, or not executable', async () => {
    expect(await spawnCommandRunner(run({ executable: join(fakes.bin, 'nothing-here') }))).toEqual({ kind: 'missing' });
    expect(await spawnCommandRunner(run({ executable: join(fakes.bin, 'get-secret.mode') }))).toEqual({ kind: 'missing' });
  });

  it('reports the exit code and stderr of a failure', async () => {
    await fakes.set('get-secret', 'signin');
    expect(await spawnCommandRunner(run({}))).toEqual({ kind: 'exited', code: 1, stdout: '', stderr: 'not signed in\n' });
  });
});
