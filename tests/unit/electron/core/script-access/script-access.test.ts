// Scripts' access through the real core and a fake Butlr: list, token.get behind a person's consent, grants, denials, the no-asking setting.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ActivityEvent } from '../../../../../shared/activity';
import { ipcChannels } from '../../../../../shared/ipc/channels';
import type { ScriptAccess } from '../../../../../shared/script-access';
import { openChannel, type ChannelConnection } from '../../../../../electron/core/cli-channel/channel-client';
import type { Logger } from '../../../../../electron/core/logger';
import { createTempDataDir, type TempDataDir } from '../../../../fixtures/temp-data-dir';
import { startFakeButlrServer, type FakeButlrServer } from '../../../../fixtures/fake-butlr-server';
import { createTestCore, type TestCore } from '../../../../fixtures/test-core';
import { testLocation, TEST_CALLER } from '../../../../fixtures/cli-channel-kit';
import { copyToken, createProfile, DEMO_SECRET, listProfiles as listProfilesOf, profileInput, valueOf } from '../core-test-kit';
import { exportProfiles, finishImport, startImport } from '../vault-kit';

const SESSION_A = 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa';
const SESSION_B = 'bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb';

let dataDir: TempDataDir;
let butlr: FakeButlrServer;
let test: TestCore;
let profileId: string;
const logLines: string[] = [];
const recordingLogger: Logger = {
  info: (message) => void logLines.push(message),
  warn: (message) => void logLines.push(message),
  error: (message, error) => void logLines.push(`${message} ${String(error)}`),
};

beforeEach(async () => {
  logLines.length = 0;
  dataDir = await createTempDataDir();
  butlr = await startFakeButlrServer();
  test = createTestCore({ dataDir: dataDir.path, logger: recordingLogger });
  profileId = (await createProfile(test, profileInput(butlr.url, { name: 'Prod EU' }))).id;
  expect(await test.core.listenForCli(testLocation(dataDir.path))).toMatchObject({ state: 'listening' });
});

afterEach(async () => {
  await test.core.quit();
  await butlr.close();
  await dataDir.remove();
});

/** One CLI call as butlr-cred makes it: connect, hello in `session`, then the method. */
async function call(request: (channel: ChannelConnection) => ReturnType<ChannelConnection['request']>, session = SESSION_A) {
  const opened = await openChannel(testLocation(dataDir.path));
  if (!opened.ok) throw new Error(opened.error.detail);
  try {
    const hello = await opened.value.request('hello', { session, caller: TEST_CALLER });
    if (!hello.ok) throw new Error(JSON.stringify(hello.error));
    return await request(opened.value);
  } finally {
    opened.value.close();
  }
}
const listProfiles = (cursor?: number) => call((channel) => channel.request('profiles.list', cursor === undefined ? {} : { cursor }));
const getToken = (profile: string, session = SESSION_A, minValiditySeconds = 60) => call((channel) => channel.request('token.get', { profile, minValiditySeconds }), session);
const scriptAccess = async (): Promise<ScriptAccess> => valueOf<ScriptAccess>(await test.invoke(ipcChannels.getScriptAccess));
const activity = async (): Promise<ActivityEvent[]> => valueOf<ActivityEvent[]>(await test.invoke(ipcChannels.getActivity, { id: profileId }));

describe('profiles.list', () => {
  it('lists names, ids, kinds and token times, and nothing secret', async () => {
    await copyToken(test, profileId);
    const listed = await listProfiles();
    expect(listed).toEqual({
      ok: true,
      value: { profiles: [{ id: profileId, name: 'Prod EU', kind: 'client_credentials', token: { state: 'valid', expiresAt: expect.any(Number) } }], next: null },
    });
    const text = JSON.stringify(listed);
    expect(text).not.toContain(DEMO_SECRET);
    for (const token of butlr.issuedTokens) expect(text).not.toContain(token);
    expect(test.dialogs.scriptQuestions).toEqual([]);
  });

  it('pages a long list so each answer fits a frame', async () => {
    for (let index = 0; index < 120; index += 1) await createProfile(test, profileInput(butlr.url, { name: `Profile ${String(index).padStart(3, '0')} ${'x'.repeat(60)}` }));
    const first = await listProfiles();
    const page = (first as { value: { profiles: unknown[]; next: number | null } }).value;
    expect(page.next).toBe(page.profiles.length);
    const second = (await listProfiles(page.next!)) as { value: { profiles: unknown[]; next: number | null } };
    expect(page.profiles.length + second.value.profiles.length).toBe(121);
    expect(second.value.next).toBeNull();
  });
});

describe('token.get and consent', () => {
  it('asks the person once per session and profile; Allow for 10 minutes hands out the access token, and later calls do not ask', async () => {
    test.dialogs.answerScriptAccess = () => 'ten_minutes';
    const first = await getToken('prod eu');
    expect(first).toEqual({ ok: true, value: { profile: { id: profileId, name: 'Prod EU' }, accessToken: butlr.issuedTokens[0], expiresAt: expect.any(Number), baseUrl: butlr.url } });
    expect(test.dialogs.scriptQuestions).toEqual([{ profileName: 'Prod EU', caller: 'bash (pid 4242)' }]);
    expect(await getToken('Prod')).toMatchObject({ ok: true, value: { accessToken: butlr.issuedTokens[0] } });
    expect(test.dialogs.scriptQuestions).toHaveLength(1);
    // Another session is another caller: asked again.
    await getToken('Prod', SESSION_B);
    expect(test.dialogs.scriptQuestions).toHaveLength(2);
  });

  it('records every grant and denial in the history, with the caller and never the token', async () => {
    test.dialogs.answerScriptAccess = () => 'until_quit';
    await getToken('Prod EU');
    test.dialogs.answerScriptAccess = () => 'deny';
    await getToken('Prod EU', SESSION_B);
    const events = await activity();
    expect(events.filter((event) => event.trigger === 'script').map(({ kind, access, caller }) => ({ kind, access, caller }))).toEqual([
      { kind: 'script_denied', access: undefined, caller: 'bash (pid 4242)' },
      { kind: 'renewed', access: undefined, caller: undefined },
      { kind: 'script_allowed', access: 'until_quit', caller: 'bash (pid 4242)' },
    ]);
    test.core.flushPendingWrites();
    const stored = await readFile(join(dataDir.path, 'activity.json'), 'utf8');
    expect(stored).toContain('script_denied');
    for (const text of [JSON.stringify(events), stored, logLines.join('\n')]) {
      for (const token of butlr.issuedTokens) expect(text).not.toContain(token);
      expect(text).not.toContain(DEMO_SECRET);
    }
  });

  it('answers denied after a Deny, and keeps answering it to that session for a while without opening the dialog again', async () => {
    expect(await getToken('Prod EU')).toEqual({ ok: false, error: { code: 'denied', message: 'You denied this terminal session the token of “Prod EU” in Butlr Credentials.' } });
    expect(await getToken('Prod EU')).toMatchObject({ ok: false, error: { code: 'denied' } });
    expect(test.dialogs.scriptQuestions).toHaveLength(1);
    expect(butlr.issuedTokens).toEqual([]);
  });

  it('shares one dialog among calls that ask the same thing at once', async () => {
    let answer!: (value: 'ten_minutes') => void;
    test.dialogs.answerScriptAccess = () => new Promise((resolve) => (answer = resolve));
    const calls = [getToken('Prod EU'), getToken('Prod EU'), getToken('Prod EU')];
    await expect.poll(() => test.dialogs.scriptQuestions.length).toBe(1);
    answer('ten_minutes');
    const results = await Promise.all(calls);
    expect(results.every((result) => result.ok)).toBe(true);
    expect(test.dialogs.scriptQuestions).toHaveLength(1);
    expect((await activity()).filter((event) => event.kind === 'script_allowed')).toHaveLength(1);
  });

  it('renews first when the held token has less than minValiditySeconds left', async () => {
    butlr.setExpiresIn(120);
    test.dialogs.answerScriptAccess = () => 'ten_minutes';
    const first = await getToken('Prod EU', SESSION_A, 60);
    expect(first).toMatchObject({ ok: true, value: { accessToken: butlr.issuedTokens[0] } });
    expect(await getToken('Prod EU', SESSION_A, 60)).toMatchObject({ ok: true, value: { accessToken: butlr.issuedTokens[0] } });
    expect(butlr.issuedTokens).toHaveLength(1);
    butlr.setExpiresIn(3600);
    const renewed = await getToken('Prod EU', SESSION_A, 300);
    expect(butlr.issuedTokens).toHaveLength(2);
    expect(renewed).toMatchObject({ ok: true, value: { accessToken: butlr.issuedTokens[1] } });
  });

  it('says which profiles a short name could mean, and that an unknown one is unknown, without asking anyone', async () => {
    await createProfile(test, profileInput(butlr.url, { name: 'Prod US', clientId: 'demo-client' }));
    expect(await getToken('prod')).toEqual({ ok: false, error: { code: 'ambiguous_profile', message: '“prod” could be “Prod EU”, “Prod US”. Give more of the name, or the id.' } });
    expect(await getToken('staging')).toEqual({ ok: false, error: { code: 'unknown_profile', message: 'No profile is named “staging”. butlr-cred list shows them.' } });
    // A typo of a name is told which one it probably meant.
    expect(await getToken('Prod EI')).toEqual({ ok: false, error: { code: 'unknown_profile', message: 'No profile is named “Prod EI”. Did you mean “Prod EU”? butlr-cred list shows them.' } });
    expect(await getToken(profileId)).toMatchObject({ ok: false, error: { code: 'denied' } });
    expect(test.dialogs.scriptQuestions).toHaveLength(1);
  });

  it('passes on a failed sign-in in the app’s own words', async () => {
    test.dialogs.answerScriptAccess = () => 'ten_minutes';
    butlr.setFailure('reject');
    const failed = await getToken('Prod EU');
    expect(failed).toMatchObject({ ok: false, error: { code: 'sign_in_failed', appCode: 'rejected_credentials', message: expect.stringMatching(/rejected/i) } });
  });
});

describe('grants on the board', () => {
  it('lists a live grant with its caller and expiry, ends it on revoke, and asks again after', async () => {
    test.dialogs.answerScriptAccess = () => 'ten_minutes';
    const before = Date.now();
    await getToken('Prod EU');
    const { grants } = await scriptAccess();
    expect(grants).toEqual([{ id: expect.any(String), profileId, caller: 'bash (pid 4242)', grantedAt: expect.any(Number), expiresAt: expect.any(Number) }]);
    expect(grants[0]!.expiresAt! - before).toBeGreaterThanOrEqual(10 * 60_000);
    expect(valueOf(await test.invoke(ipcChannels.revokeScriptGrant, { grantId: grants[0]!.id }))).toEqual({ revoked: true });
    expect((await scriptAccess()).grants).toEqual([]);
    expect(test.events.some((event) => event.channel === 'scripts:changed')).toBe(true);
    await getToken('Prod EU');
    expect(test.dialogs.scriptQuestions).toHaveLength(2);
  });

  it('shows the channel listening, for Settings', async () => {
    expect((await scriptAccess()).channel).toEqual({ state: 'listening', address: join(dataDir.path, 'cli', 'butlr-cred.sock') });
  });
});

describe('"Let scripts get this token without asking"', () => {
  it('is off for a new profile, and when turned on in the app hands out the token with no dialog, recording it once per session', async () => {
    expect((await scriptAccess()).withoutAsking).toEqual([]);
    valueOf(await test.invoke(ipcChannels.setScriptsWithoutAsking, { id: profileId, enabled: true }));
    expect((await scriptAccess()).withoutAsking).toEqual([profileId]);
    expect(await getToken('Prod EU')).toMatchObject({ ok: true });
    expect(await getToken('Prod EU')).toMatchObject({ ok: true });
    expect(test.dialogs.scriptQuestions).toEqual([]);
    expect((await activity()).filter((event) => event.kind === 'script_allowed')).toEqual([expect.objectContaining({ access: 'without_asking', caller: 'bash (pid 4242)' })]);
    valueOf(await test.invoke(ipcChannels.setScriptsWithoutAsking, { id: profileId, enabled: false }));
    expect(await getToken('Prod EU', SESSION_B)).toMatchObject({ ok: false, error: { code: 'denied' } });
  });

  it('is not carried to a duplicate', async () => {
    valueOf(await test.invoke(ipcChannels.setScriptsWithoutAsking, { id: profileId, enabled: true }));
    const copy = valueOf<{ id: string }>(await test.invoke(ipcChannels.duplicateProfile, { id: profileId }));
    expect((await scriptAccess()).withoutAsking).toEqual([profileId]);
    expect(copy.id).not.toBe(profileId);
  });

  it('never arrives on with an import: one that replaces the profile turns it off, and a file that names it is refused', async () => {
    valueOf(await test.invoke(ipcChannels.setScriptsWithoutAsking, { id: profileId, enabled: true }));
    const path = join(dataDir.path, 'export.json');
    await exportProfiles(test, path);
    const preview = await startImport(test, path);
    valueOf(await finishImport(test, preview.importId, { 0: 'replace' }));
    expect((await listProfilesOf(test)).map((profile) => profile.id)).toEqual([profileId]);
    expect((await scriptAccess()).withoutAsking).toEqual([]);

    const document = JSON.parse(await readFile(path, 'utf8')) as { profiles: Record<string, unknown>[] };
    document.profiles[0]!.scriptsWithoutAsking = true;
    document.profiles[0]!.name = 'Prod EU 2';
    await writeFile(path, JSON.stringify(document));
    test.dialogs.nextOpenPath = path;
    expect(await test.invoke(ipcChannels.startImport)).toMatchObject({ ok: false, error: { code: 'invalid_request', message: expect.stringContaining('has a field this version does not know') } });
    expect((await scriptAccess()).withoutAsking).toEqual([]);
  });

  it('is not in what the renderer is sent about a profile', async () => {
    valueOf(await test.invoke(ipcChannels.setScriptsWithoutAsking, { id: profileId, enabled: true }));
    const listed = valueOf<object[]>(await test.invoke(ipcChannels.listProfiles));
    expect(Object.keys(listed[0]!)).not.toContain('scriptsWithoutAsking');
  });
});

describe('while hostile clients hammer the channel', () => {
  it('a copy through IPC still answers', async () => {
    const { connect } = await import('node:net');
    const sockets = Array.from({ length: 200 }, () => connect(join(dataDir.path, 'cli', 'butlr-cred.sock')).on('error', () => {}));
    expect(valueOf(await copyToken(test, profileId))).toMatchObject({ renewed: true });
    for (const socket of sockets) socket.destroy();
  });
});

describe('at quit', () => {
  it('leaves nothing in the socket folder: no key, no socket', async () => {
    await test.core.quit();
    expect(await readdir(join(dataDir.path, 'cli'))).toEqual([]);
  });
});
