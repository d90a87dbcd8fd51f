// The real core in a temp folder with one client-credentials profile pointing at a loopback fake Butlr server.
import { newProfileSchema } from '../../shared/profile';
import { startFakeButlrServer, type FakeButlrServer } from '../../tests/fixtures/fake-butlr-server';
import { createTempDataDir, type TempDataDir } from '../../tests/fixtures/temp-data-dir';
import { createTestCore, type TestCore } from '../../tests/fixtures/test-core';

export const ENGINE_CLIENT_ID = 'bench-client';
export const ENGINE_CLIENT_SECRET = 'bench-secret';

export interface EngineFixture {
  readonly server: FakeButlrServer;
  readonly dataDir: TempDataDir;
  readonly testCore: TestCore;
  readonly profileId: string;
  close(): Promise<void>;
}

export async function openEngineFixture(): Promise<EngineFixture> {
  const server = await startFakeButlrServer({ clients: { [ENGINE_CLIENT_ID]: ENGINE_CLIENT_SECRET } });
  const dataDir = await createTempDataDir('butlr-bench-engine-');
  const testCore = createTestCore({ dataDir: dataDir.path });
  const input = newProfileSchema.parse({ kind: 'client_credentials', name: 'Bench', baseUrl: server.url, clientId: ENGINE_CLIENT_ID, clientSecret: ENGINE_CLIENT_SECRET, audience: 'https://butlrauth/' });
  const created = await testCore.core.profiles.create(input);
  if (!created.ok) throw new Error(`Could not create the bench profile: ${created.error.code}`);
  return {
    server,
    dataDir,
    testCore,
    profileId: created.value.id,
    async close() {
      await server.close();
      await dataDir.remove();
    },
  };
}
