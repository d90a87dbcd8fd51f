// What feeds the error tally from the core: each failure answered over IPC once, and a background renewal's failure once.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ErrorCode } from '../../../../../shared/app-error';
import { ipcChannels } from '../../../../../shared/ipc/channels';
import { startFakeButlrServer, type FakeButlrServer } from '../../../../fixtures/fake-butlr-server';
import { createTempDataDir, type TempDataDir } from '../../../../fixtures/temp-data-dir';
import { createTestCore, type TestCore } from '../../../../fixtures/test-core';
import { createProfile, errorOf, fetchToken, profileInput, profileView, setAutoRefresh, valueOf } from '../core-test-kit';

let butlr: FakeButlrServer;
let dataDir: TempDataDir;
let test: TestCore;
let failures: ErrorCode[];

async function start(): Promise<void> {
  butlr = await startFakeButlrServer();
  dataDir = await createTempDataDir();
  failures = [];
  test = createTestCore({ dataDir: dataDir.path, onFailure: (code) => void failures.push(code) });
}

afterEach(async () => {
  test?.core.dispose();
  await butlr?.close();
  await dataDir?.remove();
});

describe('the failures the core reports for the diagnostics', () => {
  it('reports each failure the renderer is answered with, by code, and nothing for a success', async () => {
    await start();
    const profile = await createProfile(test, profileInput(butlr.url, { clientSecret: 'wrong-secret' }));
    errorOf(await fetchToken(test, profile.id), 'rejected_credentials');
    errorOf(await test.invoke(ipcChannels.fetchToken, { id: 'not-a-uuid' }), 'invalid_request');
    valueOf(await test.invoke(ipcChannels.listProfiles));
    expect(failures).toEqual(['rejected_credentials', 'invalid_request']);
  });

  it('reports a failed background renewal, which no IPC answer carries', async () => {
    await start();
    const profile = await createProfile(test, profileInput(butlr.url));
    butlr.setFailure('server_error');
    // Turning auto-refresh on with no token held starts a renewal at once, in the background.
    valueOf(await setAutoRefresh(test, profile.id, true));
    await vi.waitFor(async () => expect((await profileView(test, profile.id)).token).toMatchObject({ state: 'failed' }));
    await vi.waitFor(() => expect(failures).toEqual(['server_error']));
  });
});
