// Each preset's command on a fake vendor CLI: what it is run with, how its answer and its failures read, and the quiet minute after "not found".
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Logger } from '../../../../../electron/core/logger';
import { spawnCommandRunner } from '../../../../../electron/core/secret-sources/command-runner';
import { createReferenceResolver, NOT_FOUND_QUIET_MS, singleValue, trimmedEnvironment } from '../../../../../electron/core/secret-sources/reference-resolver';
import type { SecretReference } from '../../../../../shared/secret-sources/secret-presets';
import { createFakeSecretManagers, type FakeSecretManagers, type FakeVendor } from '../../../../fixtures/fake-secret-managers';

const SECRET = 'rotated-team-secret-4711';

describe('the reference resolver', () => {
  let fakes: FakeSecretManagers;
  let clock: number;
  let lines: string[];
  const logger: Logger = { info: (line) => void lines.push(line), warn: (line) => void lines.push(line), error: (line) => void lines.push(line) };
  const env = { PATH: '/usr/bin:/bin', HOME: '/home/team', OP_SESSION_team: 'op-session', BWS_ACCESS_TOKEN: 'bws-token', VAULT_ADDR: 'https://vault', DOPPLER_TOKEN: 'dp', AWS_SECRET_ACCESS_KEY: 'not-theirs' };
  // The fake CLIs are where "this computer" has them.
  const resolver = () => createReferenceResolver({ run: spawnCommandRunner, find: (name) => (name === 'nowhere' ? null : fakes.path(name as FakeVendor)), env, now: () => clock, logger });

  beforeEach(async () => {
    fakes = await createFakeSecretManagers();
    clock = 1_000_000;
    lines = [];
  });
  afterEach(async () => {
    await fakes.remove();
  });

  const references = (): Record<Exclude<FakeVendor, 'get-secret'>, SecretReference> => ({
    op: { preset: '1password', executable: fakes.path('op'), reference: 'op://Team/Butlr Prod/credential' },
    bws: { preset: 'bitwarden', executable: fakes.path('bws'), secretId: '2d0ca4a2-5f5e-4a0b-9d4c-0123456789ab' },
    vault: { preset: 'vault', executable: fakes.path('vault'), path: 'secret/butlr/prod', field: 'client_secret' },
    doppler: { preset: 'doppler', executable: fakes.path('doppler'), secretName: 'BUTLR_CLIENT_SECRET' },
  });

  it('runs each preset with its own arguments and reads its answer, a trailing newline stripped', async () => {
    const refs = references();
    await fakes.set('op', 'value', `${SECRET}\n`);
    await fakes.set('bws', 'value', `${JSON.stringify({ object: 'secret', id: 'x', key: 'BUTLR', value: SECRET, note: '' }, null, 2)}\n`);
    await fakes.set('vault', 'value', `${SECRET}\n`);
    await fakes.set('doppler', 'value', SECRET);
    for (const reference of Object.values(refs)) expect(await resolver().resolve('p1', reference)).toEqual({ ok: true, value: SECRET });
    expect(await fakes.lastArgs('op')).toEqual(['read', 'op://Team/Butlr Prod/credential']);
    expect(await fakes.lastArgs('bws')).toEqual(['secret', 'get', '2d0ca4a2-5f5e-4a0b-9d4c-0123456789ab', '--output', 'json']);
    expect(await fakes.lastArgs('vault')).toEqual(['kv', 'get', '-field=client_secret', 'secret/butlr/prod']);
    expect(await fakes.lastArgs('doppler')).toEqual(['secrets', 'get', 'BUTLR_CLIENT_SECRET', '--plain']);
  });

  it('gives each CLI PATH, HOME and its own variables only', async () => {
    await fakes.set('op', 'value', `${SECRET}\n`);
    await resolver().resolve('p1', references().op);
    const seen = await fakes.lastEnvironment('op');
    expect(seen).toMatchObject({ PATH: '/usr/bin:/bin', HOME: '/home/team', OP_SESSION_team: 'op-session' });
    for (const other of ['BWS_ACCESS_TOKEN', 'VAULT_ADDR', 'DOPPLER_TOKEN', 'AWS_SECRET_ACCESS_KEY']) expect(seen[other]).toBeUndefined();
    expect(trimmedEnvironment(env, ['BWS_'])).toEqual({ PATH: '/usr/bin:/bin', HOME: '/home/team', BWS_ACCESS_TOKEN: 'bws-token' });
  });

  it('tells each failure by its code, with what to do, and never logs the output', async () => {
    const refs = references();
    const cases: [FakeVendor, Parameters<FakeSecretManagers['set']>[1], string, RegExp][] = [
      ['op', 'signin', 'secret_manager_signed_out', /1Password CLI is not signed in: run `op signin`, or unlock the 1Password app/],
      ['op', 'locked', 'secret_manager_locked', /unlock the 1Password app/],
      ['vault', 'signin', 'secret_manager_signed_out', /vault login/],
      ['vault', 'locked', 'secret_manager_locked', /unseal/],
      ['doppler', 'signin', 'secret_manager_signed_out', /doppler login/],
      ['bws', 'signin', 'secret_manager_signed_out', /BWS_ACCESS_TOKEN/],
      ['op', 'empty', 'secret_manager_empty', /printed no secret/],
      ['op', 'fail', 'secret_manager_failed', /exited with code 3.*op read/],
    ];
    for (const [name, mode, code, message] of cases) {
      await fakes.set(name, mode, `${SECRET}\n`);
      const result = await resolver().resolve('p1', refs[name as keyof typeof refs]);
      expect(result.ok ? null : result.error.code, `${name} ${mode}`).toBe(code);
      expect(result.ok ? '' : result.error.message).toMatch(message);
    }
    await fakes.set('op', 'value', `${SECRET}\n${SECRET}\n`);
    const several = await resolver().resolve('p1', refs.op);
    expect(several.ok ? null : several.error.code).toBe('secret_manager_failed');
    await fakes.set('bws', 'value', `${SECRET}\n`);
    const notJson = await resolver().resolve('p1', refs.bws);
    expect(notJson.ok ? null : notJson.error.code).toBe('secret_manager_failed');
    await fakes.set('op', 'huge');
    const huge = await resolver().resolve('p1', refs.op);
    expect(huge.ok ? null : huge.error.message).toMatch(/more than 64 KiB/);
    expect(lines.join('\n')).not.toContain(SECRET);
  });

  it('says a missing CLI is missing, and how to fix it', async () => {
    const notInstalled = createReferenceResolver({ run: spawnCommandRunner, find: () => null, env, now: () => clock, logger });
    const result = await notInstalled.resolve('p1', { preset: '1password', executable: fakes.path('op'), reference: 'op://a/b/c' });
    expect(result.ok ? null : result.error).toEqual({
      code: 'secret_manager_missing',
      message: '1Password CLI (op) was not found on this computer, on PATH or in the usual install folders, or cannot be run. Install it, then try again.',
    });
    expect(await fakes.calls('op')).toBe(0);
  });

  it('runs a preset’s CLI where it is on this computer now, not where the reference says it was', async () => {
    await fakes.set('op', 'value', `${SECRET}\n`);
    const elsewhere = { preset: '1password', executable: '/Users/someone-else/bin/op', reference: 'op://Team/Butlr Prod/credential' } as const;
    expect(await resolver().resolve('p1', elsewhere)).toEqual({ ok: true, value: SECRET });
    expect(await fakes.calls('op')).toBe(1);
    // A custom command runs its own program, found nowhere else.
    const custom = await resolver().resolve('p1', { preset: 'custom', executable: '/nowhere/get-secret', args: [] });
    expect(custom.ok ? null : custom.error.code).toBe('secret_manager_missing');
  });

  it('asks a reference that names nothing again only after a minute; a Test is not held back', async () => {
    const { op } = references();
    await fakes.set('op', 'notfound');
    const first = await resolver();
    expect((await first.resolve('p1', op)).ok ? null : 'failed').toBe('failed');
    const again = await first.resolve('p1', op);
    expect(again.ok ? null : again.error.code).toBe('secret_manager_not_found');
    expect(await fakes.calls('op')).toBe(1);
    await first.resolve(null, op);
    expect(await fakes.calls('op')).toBe(2);
    clock += NOT_FOUND_QUIET_MS;
    await fakes.set('op', 'value', `${SECRET}\n`);
    expect(await first.resolve('p1', op)).toEqual({ ok: true, value: SECRET });
    expect(await fakes.calls('op')).toBe(3);
  });
});

describe('singleValue', () => {
  it('takes one line, its one trailing newline stripped, and refuses nothing or more', () => {
    expect(singleValue('abc\n')).toEqual({ kind: 'value', value: 'abc' });
    expect(singleValue('abc\r\n')).toEqual({ kind: 'value', value: 'abc' });
    expect(singleValue(' abc ')).toEqual({ kind: 'value', value: ' abc ' });
    expect(singleValue('\n')).toEqual({ kind: 'empty' });
    expect(singleValue('  \n')).toEqual({ kind: 'empty' });
    expect(singleValue('a\nb\n')).toEqual({ kind: 'several' });
    expect(singleValue('a\n\n')).toEqual({ kind: 'several' });
  });
});
