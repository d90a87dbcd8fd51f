// Each profile's activity history through the real core: what is recorded, how much is kept, and the CSV export.
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ACTIVITY_LIMIT } from '../../../../../shared/activity';
import { ipcChannels } from '../../../../../shared/ipc/channels';
import { fakeScripts, type FakeButlrServer } from '../../../../fixtures/fake-butlr-server';
import { createTempDataDir, type TempDataDir } from '../../../../fixtures/temp-data-dir';
import type { TestCore } from '../../../../fixtures/test-core';
import { DEMO_SECRET, activityOf, copyToken, createProfile, errorOf, fetchToken, plainEncodings, profileInput, valueOf } from '../core-test-kit';
import { openOneProfileCore, type OneProfileCore } from '../one-profile-core';

const START = Date.UTC(2026, 0, 15, 9, 0, 0);
const HOUR = 3_600_000;
const UNKNOWN_ID = '7d3b1f3e-0a4c-4e55-8f2a-7f0d9c1e2b3a';

let world: OneProfileCore;
let dataDir: TempDataDir;
let exportDir: TempDataDir;
let butlr: FakeButlrServer;
let clock: number;
let test: TestCore;
let profileId: string;

const exportActivity = (id = profileId): Promise<unknown> => test.invoke(ipcChannels.exportActivity, { id });

beforeEach(async () => {
  clock = START;
  world = await openOneProfileCore(() => clock);
  ({ dataDir, butlr, test, profileId } = world);
  exportDir = await createTempDataDir('butlr-credentials-export-');
});

afterEach(async () => {
  await world.close();
  await exportDir.remove();
});

/** A fetch, a failed fetch, a copy, a copy that renews, and a copy whose renewal fails: one of each kind and trigger. */
async function playOneOfEach(): Promise<void> {
  valueOf(await fetchToken(test, profileId));
  clock += 1_000;
  butlr.setFailure('server_error');
  errorOf(await fetchToken(test, profileId), 'server_error');
  butlr.setFailure(null);
  clock += 1_000;
  valueOf(await copyToken(test, profileId));
  clock = START + 2 * HOUR;
  valueOf(await copyToken(test, profileId));
  clock += 1_000;
  valueOf(await fetchToken(test, profileId));
  clock = START + 4 * HOUR;
  butlr.setScript(fakeScripts.retryAfterSeconds(429, 30));
  errorOf(await copyToken(test, profileId), 'rate_limited');
}

describe('the history', () => {
  it('is empty for a new profile', async () => {
    expect(await activityOf(test, profileId)).toEqual([]);
  });

  it('records fetched, renewed, copied and failed with their trigger and error code, newest first', async () => {
    await playOneOfEach();
    expect(await activityOf(test, profileId)).toEqual([
      { at: START + 4 * HOUR, kind: 'failed', trigger: 'copy', code: 'rate_limited' },
      { at: START + 2 * HOUR + 1_000, kind: 'fetched', trigger: 'manual' },
      { at: START + 2 * HOUR, kind: 'copied', trigger: 'manual' },
      { at: START + 2 * HOUR, kind: 'renewed', trigger: 'copy' },
      { at: START + 2_000, kind: 'copied', trigger: 'manual' },
      { at: START + 1_000, kind: 'failed', trigger: 'manual', code: 'server_error' },
      { at: START, kind: 'fetched', trigger: 'manual' },
    ]);
  });

  it(`keeps only the newest ${ACTIVITY_LIMIT} events`, async () => {
    expect(ACTIVITY_LIMIT).toBe(50);
    valueOf(await fetchToken(test, profileId));
    for (let index = 1; index <= 60; index += 1) {
      clock = START + index * 1_000;
      valueOf(await copyToken(test, profileId));
    }
    const history = await activityOf(test, profileId);
    expect(history).toHaveLength(50);
    expect(history[0]).toEqual({ at: START + 60_000, kind: 'copied', trigger: 'manual' });
    expect(history[49]).toEqual({ at: START + 11_000, kind: 'copied', trigger: 'manual' });
    expect(history.map((event) => event.at)).toEqual([...history.map((event) => event.at)].sort((a, b) => b - a));
    expect(history.some((event) => event.kind === 'fetched')).toBe(false);
  });

  it('is kept per profile', async () => {
    const other = await createProfile(test, profileInput(butlr.url, { name: 'Staging' }));
    valueOf(await fetchToken(test, profileId));
    butlr.setFailure('reject');
    errorOf(await fetchToken(test, other.id), 'rejected_credentials');
    expect(await activityOf(test, profileId)).toEqual([{ at: START, kind: 'fetched', trigger: 'manual' }]);
    expect(await activityOf(test, other.id)).toEqual([{ at: START, kind: 'failed', trigger: 'manual', code: 'rejected_credentials' }]);
  });

  it('holds times, kinds and codes only: no token and no secret on disk or in the answer', async () => {
    await playOneOfEach();
    const answer = JSON.stringify(await test.invoke(ipcChannels.getActivity, { id: profileId }));
    const onDisk = await readFile(join(dataDir.path, 'activity.json'), 'utf8');
    for (const leaked of [...plainEncodings(DEMO_SECRET), ...butlr.issuedTokens, ...butlr.issuedTokens.map((token) => token.split('.')[2]!)]) {
      expect(answer).not.toContain(leaked);
      expect(onDisk).not.toContain(leaked);
    }
    const fields = new Set((await activityOf(test, profileId)).flatMap((event) => Object.keys(event)));
    expect([...fields].sort()).toEqual(['at', 'code', 'kind', 'trigger']);
  });

  it('is empty for an unknown profile', async () => {
    expect(await activityOf(test, UNKNOWN_ID)).toEqual([]);
  });
});

describe('export as CSV', () => {
  it('writes the history to the chosen file, for the user only', async () => {
    await playOneOfEach();
    const path = join(exportDir.path, 'history.csv');
    test.dialogs.nextSavePath = path;
    expect(valueOf(await exportActivity())).toEqual({ savedTo: path });
    expect(test.dialogs.savePrompts).toEqual(['butlr-activity-production.csv']);
    expect((await stat(path)).mode & 0o777).toBe(0o600);
    const lines = (await readFile(path, 'utf8')).split('\r\n');
    expect(lines).toEqual([
      'time (UTC),event,trigger,error code,detail',
      `${new Date(START + 4 * HOUR).toISOString()},failed,copy,rate_limited,`,
      `${new Date(START + 2 * HOUR + 1_000).toISOString()},fetched,manual,,`,
      `${new Date(START + 2 * HOUR).toISOString()},copied,manual,,`,
      `${new Date(START + 2 * HOUR).toISOString()},renewed,copy,,`,
      `${new Date(START + 2_000).toISOString()},copied,manual,,`,
      `${new Date(START + 1_000).toISOString()},failed,manual,server_error,`,
      `${new Date(START).toISOString()},fetched,manual,,`,
      '',
    ]);
    const text = await readFile(path, 'utf8');
    for (const token of butlr.issuedTokens) expect(text).not.toContain(token);
  });

  it('writes just the header for an empty history', async () => {
    const path = join(exportDir.path, 'empty.csv');
    test.dialogs.nextSavePath = path;
    valueOf(await exportActivity());
    expect(await readFile(path, 'utf8')).toBe('time (UTC),event,trigger,error code,detail\r\n');
  });

  it('answers savedTo null and writes nothing when the person cancels', async () => {
    await playOneOfEach();
    test.dialogs.nextSavePath = null;
    expect(valueOf(await exportActivity())).toEqual({ savedTo: null });
    expect(test.dialogs.savePrompts).toHaveLength(1);
    expect(await readdir(exportDir.path)).toEqual([]);
  });

  it('reports a storage error when the chosen path cannot be written', async () => {
    test.dialogs.nextSavePath = exportDir.path;
    const error = errorOf(await exportActivity(), 'storage');
    expect(error.message).toMatch(/Could not write/);
  });

  it('answers not_found for an unknown profile without asking where to save', async () => {
    test.dialogs.nextSavePath = join(exportDir.path, 'x.csv');
    errorOf(await exportActivity(UNKNOWN_ID), 'not_found');
    expect(test.dialogs.savePrompts).toEqual([]);
  });

  it('overwrites an existing file the person chose', async () => {
    const path = join(exportDir.path, 'existing.csv');
    await writeFile(path, 'old content that is much longer than the new header line\n', { mode: 0o600 });
    test.dialogs.nextSavePath = path;
    valueOf(await exportActivity());
    expect(await readFile(path, 'utf8')).toBe('time (UTC),event,trigger,error code,detail\r\n');
  });
});
