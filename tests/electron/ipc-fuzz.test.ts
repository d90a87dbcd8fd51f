// Thousands of hostile payloads on every channel, from our window and from foreign senders: always a typed error, nothing written, nothing polluted.
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCodes } from '../../shared/app-error';
import { ipcChannels } from '../../shared/ipc/channels';
import { DEFAULT_FAKE_CLIENTS, startFakeButlrServer, type FakeButlrServer } from '../fixtures/fake-butlr-server';
import { createTempDataDir, type TempDataDir } from '../fixtures/temp-data-dir';
import { createTestCore, TRUSTED_FRAME, TRUSTED_SENDER, type TestCore } from '../fixtures/test-core';
import { hostileSenders, nearMisses, randomHostilePayload, seededRandom, type HostilePayload, type HostileSender } from './hostile-payloads';

const SEED = Number(process.env.BUTLR_FUZZ_SEED ?? Date.now() % 2 ** 32);
const RANDOM_PAYLOADS = 300;
const OUR_WINDOW: HostileSender = { label: 'our window', event: { sender: TRUSTED_SENDER, senderFrame: TRUSTED_FRAME } };
/** Senders that are not our window's main frame: other windows, look-alikes of ours, our own sub-frames. */
const FOREIGN_SENDERS = hostileSenders(TRUSTED_SENDER, TRUSTED_FRAME);
const CLIENT_SECRET = DEFAULT_FAKE_CLIENTS['demo-client'];

let butlr: FakeButlrServer;
let dataDir: TempDataDir;
let test: TestCore;
let realProfileId: string;
let validNewProfile: Record<string, unknown>;

async function storeFiles(): Promise<Map<string, Buffer>> {
  // The activity history is written just after each answer; nothing may still be on its way to disk here.
  test.core.flushPendingWrites();
  const files = new Map<string, Buffer>();
  // Every file under the folder, the token files in tokens/ included.
  const entries = await readdir(dataDir.path, { withFileTypes: true, recursive: true });
  for (const entry of entries.filter((candidate) => candidate.isFile())) {
    const path = join(entry.parentPath, entry.name);
    files.set(relative(dataDir.path, path), await readFile(path));
  }
  return new Map([...files].sort(([a], [b]) => a.localeCompare(b)));
}

/** What is wrong with an answer, or null when it is the typed error `expectedCode` in the Result envelope. */
function problemWith(answer: unknown, expectedCode: string): string | null {
  if (typeof answer !== 'object' || answer === null) return `answered ${String(answer)}`;
  const { ok, error, ...rest } = answer as { ok?: unknown; error?: { code?: unknown; message?: unknown } };
  if (ok !== false || Object.keys(rest).length > 0) return `answered ${JSON.stringify(answer).slice(0, 200)}`;
  if (!error || !(errorCodes as readonly unknown[]).includes(error.code)) return `error code ${String(error?.code)} is not in the taxonomy`;
  if (typeof error.message !== 'string' || error.message.length === 0) return 'error without a message';
  if (error.code !== expectedCode) return `code ${String(error.code)}, expected ${expectedCode}`;
  const text = JSON.stringify(answer);
  if (text.includes(CLIENT_SECRET) || butlr.issuedTokens.some((token) => text.includes(token))) return 'the answer carries a secret';
  return null;
}

function prototypeSnapshot(): string {
  return JSON.stringify([Object.prototype, Array.prototype, Function.prototype, String.prototype].map((proto) => Object.getOwnPropertyNames(proto).sort()));
}

beforeAll(async () => {
  console.log(`ipc fuzz seed ${SEED} (replay with BUTLR_FUZZ_SEED=${SEED})`);
  butlr = await startFakeButlrServer();
  dataDir = await createTempDataDir();
  test = createTestCore({ dataDir: dataDir.path });
  validNewProfile = { kind: 'client_credentials', name: 'Fuzz HQ', baseUrl: butlr.url, clientId: 'demo-client', clientSecret: CLIENT_SECRET, audience: 'https://butlrauth/' };
  const created = (await test.invoke(ipcChannels.createProfile, validNewProfile)) as { ok: boolean; value: { id: string } };
  expect(created.ok).toBe(true);
  realProfileId = created.value.id;
  expect(((await test.invoke(ipcChannels.fetchToken, { id: realProfileId })) as { ok: boolean }).ok).toBe(true);
});

afterAll(async () => {
  await butlr?.close();
  await dataDir?.remove();
});

describe('IPC fuzzing against the real core', () => {
  it('answers every hostile payload on every channel with a typed error, writes nothing and pollutes nothing', async () => {
    const random = seededRandom(SEED);
    const payloads: HostilePayload[] = [...nearMisses(realProfileId, validNewProfile), ...Array.from({ length: RANDOM_PAYLOADS }, () => randomHostilePayload(random))];
    expect(test.channels.length).toBeGreaterThanOrEqual(Object.keys(ipcChannels).length);

    const filesBefore = await storeFiles();
    expect([...filesBefore.keys()]).toEqual(expect.arrayContaining(['profiles.json', join('tokens', `${realProfileId}.json`)]));
    const prototypesBefore = prototypeSnapshot();
    const eventsBefore = test.events.length;
    const problems: string[] = [];
    let calls = 0;

    for (const payload of payloads) {
      for (const channel of test.channels) {
        const foreign = FOREIGN_SENDERS[Math.floor(random() * FOREIGN_SENDERS.length)]!;
        for (const [from, expected] of [[OUR_WINDOW, 'invalid_request'], [foreign, 'unknown_sender']] as const) {
          calls += 1;
          let problem: string | null;
          try {
            problem = problemWith(await test.invokeAs(channel, payload.value, from.event), expected);
          } catch (error) {
            problem = `threw ${error instanceof Error ? error.message : String(error)}`;
          }
          if (problem && problems.length < 10) problems.push(`${channel} ← ${payload.label} from ${from.label}: ${problem}`);
        }
      }
    }

    expect(problems, `seed ${SEED}`).toEqual([]);
    expect(calls).toBeGreaterThan(2000);
    expect(prototypeSnapshot()).toBe(prototypesBefore);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
    expect(await storeFiles()).toEqual(filesBefore);
    expect(test.clipboard).toEqual([]);
    expect(test.events.length).toBe(eventsBefore);
  });

  it('refuses even perfectly valid requests from a foreign sender or a sub-frame, leaving the store as it was', async () => {
    const filesBefore = await storeFiles();
    const valid: Record<string, unknown> = {
      [ipcChannels.createProfile]: { ...validNewProfile, name: 'Foreign HQ' },
      [ipcChannels.deleteProfile]: { id: realProfileId },
      [ipcChannels.fetchToken]: { id: realProfileId },
      [ipcChannels.copyToken]: { id: realProfileId },
    };
    for (const channel of test.channels) {
      for (const { label, event } of FOREIGN_SENDERS) {
        expect(problemWith(await test.invokeAs(channel, valid[channel] ?? { id: realProfileId }, event), 'unknown_sender'), `${channel} from ${label}`).toBeNull();
      }
    }
    expect(await storeFiles()).toEqual(filesBefore);
    expect(test.clipboard).toEqual([]);
  });

  it('still serves our window afterwards: the profile is intact and its token copies', async () => {
    const listed = (await test.invoke(ipcChannels.listProfiles)) as { ok: boolean; value: { id: string; name: string }[] };
    expect(listed.ok).toBe(true);
    expect(listed.value.map((profile) => [profile.id, profile.name])).toEqual([[realProfileId, 'Fuzz HQ']]);
    expect(((await test.invoke(ipcChannels.copyToken, { id: realProfileId })) as { ok: boolean }).ok).toBe(true);
    expect(test.clipboard).toEqual([butlr.issuedTokens.at(-1)]);
  });
});
