// The real core on a fresh data folder with one client-credentials profile against a fake Butlr, closed together.
import { startFakeButlrServer, type FakeButlrServer, type FakeButlrServerOptions } from '../../../fixtures/fake-butlr-server';
import { createTempDataDir, type TempDataDir } from '../../../fixtures/temp-data-dir';
import { createTestCore, type TestCore } from '../../../fixtures/test-core';
import { createProfile, profileInput } from './core-test-kit';

export interface OneProfileCore {
  readonly dataDir: TempDataDir;
  readonly butlr: FakeButlrServer;
  readonly test: TestCore;
  readonly profileId: string;
  /** Stops the core's timers (flushing its pending writes), then closes the server and removes the folder. */
  close(): Promise<void>;
}

/** `now` is the clock both the core and the fake server read, so expiries are exact. */
export async function openOneProfileCore(now: () => number, butlrOptions: Omit<FakeButlrServerOptions, 'now'> = {}): Promise<OneProfileCore> {
  const dataDir = await createTempDataDir();
  const butlr = await startFakeButlrServer({ now, ...butlrOptions });
  const test = createTestCore({ dataDir: dataDir.path, now });
  const profileId = (await createProfile(test, profileInput(butlr.url))).id;
  return {
    dataDir,
    butlr,
    test,
    profileId,
    async close() {
      test.core.dispose();
      await butlr.close();
      await dataDir.remove();
    },
  };
}
