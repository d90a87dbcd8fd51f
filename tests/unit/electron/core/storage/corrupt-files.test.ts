// A damaged store file never stops the app: it is moved aside byte for byte under a name that says when and why, and every readable record is kept.
// Tokens have a file each (tokens/), so a damaged one costs that one token; a tokens.json an older version left is checked the same way.
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ActivityEvent } from '../../../../../shared/activity';
import { ipcChannels } from '../../../../../shared/ipc/channels';
import { settingsSchema, type Settings } from '../../../../../shared/settings';
import type { StorageNotice } from '../../../../../shared/storage-notice';
import { PROFILES_SCHEMA_VERSION } from '../../../../../electron/core/profiles/profiles-file';
import { tokenFileText } from '../../../../../electron/core/tokens/token-folder';
import type { FakeButlrServer } from '../../../../fixtures/fake-butlr-server';
import { createFakeSafeStorage, type FakeSafeStorage } from '../../../../fixtures/fake-safe-storage';
import type { TestCore } from '../../../../fixtures/test-core';
import { activityOf, copyToken, createProfile, fetchToken, listProfiles, profileInput, valueOf } from '../core-test-kit';
import { readStoredTokens, tokenFilePath } from '../stored-tokens';
import { NOW_IN_FILE_NAMES, passwordInput, readStore, storageNotices, useVaultWorld } from '../vault-kit';

const world = useVaultWorld();

type StoreName = 'profiles' | 'settings' | 'activity';
type Json = Record<string, unknown>;

/** A data folder as a previous run left it: two profiles (one of each kind) holding tokens, some history, a changed setting. */
interface Seeded {
  readonly butlr: FakeButlrServer;
  readonly dataDir: string;
  readonly safeStorage: FakeSafeStorage;
  readonly ids: readonly [string, string];
  /** The access token each profile holds, by id. */
  readonly heldTokens: Readonly<Record<string, string>>;
}

async function seed(): Promise<Seeded> {
  const butlr = await world.server();
  const dataDir = await world.folder();
  const safeStorage = createFakeSafeStorage();
  const first = world.core({ dataDir, safeStorage });
  const alpha = await createProfile(first, profileInput(butlr.url, { name: 'Alpha' }));
  const bravo = await createProfile(first, passwordInput(butlr.url, { name: 'Bravo' }));
  const heldTokens: Record<string, string> = {};
  for (const { id } of [alpha, bravo]) {
    valueOf(await fetchToken(first, id));
    valueOf(await copyToken(first, id));
    heldTokens[id] = first.clipboard.at(-1)!;
  }
  valueOf(await first.invoke(ipcChannels.updateSettings, { copyMarginSeconds: 30 }));
  first.core.dispose();
  return { butlr, dataDir, safeStorage, ids: [alpha.id, bravo.id], heldTokens };
}

/** Each named profile still copies a token: the one it held when `held`, else a fresh one signed in with its (decrypted) secret. */
async function expectProfilesWork(test: TestCore, seeded: Seeded, held: Readonly<Record<string, boolean>>): Promise<void> {
  for (const [id, holdsToken] of Object.entries(held)) {
    const before = seeded.butlr.requests.length;
    const copied = valueOf<{ renewed: boolean }>(await copyToken(test, id));
    expect(copied.renewed, `profile ${id} renewed`).toBe(!holdsToken);
    if (holdsToken) expect(test.clipboard.at(-1)).toBe(seeded.heldTokens[id]);
    else expect(seeded.butlr.issuedTokens).toContain(test.clipboard.at(-1));
    // A sign-in needs the secret: this proves it still decrypts.
    valueOf(await fetchToken(test, id));
    expect(seeded.butlr.requests.length).toBeGreaterThan(before);
  }
}

const truncate = (text: string): string => text.slice(0, Math.floor(text.length / 2));
const edit = (change: (file: Json) => void) => (text: string): string => {
  const file = JSON.parse(text) as Json;
  change(file);
  return JSON.stringify(file, null, '\t');
};
const futureVersion = edit((file) => {
  file.version = 99;
});

interface Case {
  readonly store: StoreName;
  readonly damage: string;
  readonly corrupt: (text: string, seeded: Seeded) => string;
  readonly reason: StorageNotice['reason'];
  readonly kept: number;
  readonly dropped: number;
  /** What still works after the start, beyond the notice and the moved copy. */
  readonly then: (test: TestCore, seeded: Seeded) => Promise<void>;
}

const [ALPHA, BRAVO] = [0, 1] as const;
const bothHold = (seeded: Seeded): Record<string, boolean> => ({ [seeded.ids[ALPHA]]: true, [seeded.ids[BRAVO]]: true });
const noneHold = (seeded: Seeded): Record<string, boolean> => ({ [seeded.ids[ALPHA]]: false, [seeded.ids[BRAVO]]: false });

const cases: Case[] = [
  {
    store: 'profiles',
    damage: 'truncated JSON',
    corrupt: truncate,
    reason: 'unreadable',
    kept: 0,
    dropped: 0,
    async then(test, seeded) {
      expect(await listProfiles(test)).toEqual([]);
      const again = await createProfile(test, profileInput(seeded.butlr.url, { name: 'Alpha' }));
      valueOf(await copyToken(test, again.id));
    },
  },
  {
    store: 'profiles',
    damage: 'profiles that are not a list',
    corrupt: edit((file) => {
      file.profiles = 'x';
    }),
    reason: 'invalid_records',
    kept: 0,
    dropped: 1,
    async then(test) {
      expect(await listProfiles(test)).toEqual([]);
    },
  },
  {
    store: 'profiles',
    damage: 'one record with a number for a name',
    corrupt: edit((file) => {
      const [first] = file.profiles as Json[];
      (file.profiles as Json[]).push({ ...first, id: '3d1b0c5e-7a44-4f0e-8b55-6c2f9e1a0d77', name: 42 });
    }),
    reason: 'invalid_records',
    kept: 2,
    dropped: 1,
    async then(test, seeded) {
      expect((await listProfiles(test)).map((profile) => [profile.name, profile.secret])).toEqual([
        ['Alpha', 'set'],
        ['Bravo', 'set'],
      ]);
      await expectProfilesWork(test, seeded, bothHold(seeded));
    },
  },
  {
    store: 'profiles',
    damage: 'a future schema version',
    corrupt: futureVersion,
    reason: 'newer_version',
    kept: 2,
    dropped: 0,
    async then(test, seeded) {
      expect((await listProfiles(test)).map((profile) => profile.name)).toEqual(['Alpha', 'Bravo']);
      await expectProfilesWork(test, seeded, bothHold(seeded));
    },
  },
  {
    store: 'settings',
    damage: 'truncated JSON',
    corrupt: truncate,
    reason: 'unreadable',
    kept: 0,
    dropped: 0,
    async then(test, seeded) {
      expect(valueOf<Settings>(await test.invoke(ipcChannels.getSettings)).copyMarginSeconds).toBe(60);
      await expectProfilesWork(test, seeded, bothHold(seeded));
    },
  },
  {
    store: 'settings',
    damage: 'settings that are not an object',
    corrupt: edit((file) => {
      file.settings = 'x';
    }),
    reason: 'invalid_records',
    kept: 0,
    dropped: 1,
    async then(test, seeded) {
      expect(valueOf<Settings>(await test.invoke(ipcChannels.getSettings)).copyMarginSeconds).toBe(60);
      await expectProfilesWork(test, seeded, bothHold(seeded));
    },
  },
  {
    store: 'settings',
    damage: 'a future schema version',
    corrupt: futureVersion,
    reason: 'newer_version',
    // Each setting is one record: the previous run saved all of them.
    kept: Object.keys(settingsSchema.shape).length,
    dropped: 0,
    async then(test, seeded) {
      expect(valueOf<Settings>(await test.invoke(ipcChannels.getSettings)).copyMarginSeconds).toBe(30);
      await expectProfilesWork(test, seeded, bothHold(seeded));
    },
  },
  {
    store: 'activity',
    damage: 'truncated JSON',
    corrupt: truncate,
    reason: 'unreadable',
    kept: 0,
    dropped: 0,
    async then(test, seeded) {
      expect(await activityOf(test, seeded.ids[ALPHA])).toEqual([]);
      await expectProfilesWork(test, seeded, bothHold(seeded));
    },
  },
  {
    store: 'activity',
    damage: 'events that are not a map',
    corrupt: edit((file) => {
      file.events = 'x';
    }),
    reason: 'invalid_records',
    kept: 0,
    dropped: 1,
    then: (test, seeded) => expectProfilesWork(test, seeded, bothHold(seeded)),
  },
  {
    store: 'activity',
    damage: "one profile's history with a text time",
    corrupt: (text, seeded) =>
      edit((file) => {
        (file.events as Record<string, Json[]>)[seeded.ids[BRAVO]]![0]!.at = 'yesterday';
      })(text),
    reason: 'invalid_records',
    kept: 1,
    dropped: 1,
    async then(test, seeded) {
      expect((await activityOf(test, seeded.ids[ALPHA])).map((event) => event.kind)).toEqual<ActivityEvent['kind'][]>(['copied', 'fetched']);
      expect(await activityOf(test, seeded.ids[BRAVO])).toEqual([]);
      await expectProfilesWork(test, seeded, bothHold(seeded));
    },
  },
  {
    store: 'activity',
    damage: 'a future schema version',
    corrupt: futureVersion,
    reason: 'newer_version',
    kept: 2,
    dropped: 0,
    async then(test, seeded) {
      expect((await activityOf(test, seeded.ids[BRAVO])).map((event) => event.kind)).toEqual<ActivityEvent['kind'][]>(['copied', 'fetched']);
      await expectProfilesWork(test, seeded, bothHold(seeded));
    },
  },
];

const currentVersions: Record<StoreName, number> = { profiles: PROFILES_SCHEMA_VERSION, settings: 1, activity: 1 };
const recordKeys: Record<StoreName, string> = { profiles: 'profiles', settings: 'settings', activity: 'events' };

describe.each(cases.map((entry) => ({ ...entry, file: `${entry.store}.json` })))('$file with $damage', ({ store, corrupt, reason, kept, dropped, then }) => {
  it('starts, moves the file aside byte for byte under a timestamped name that says why, keeps what was readable, and says so', async () => {
    const seeded = await seed();
    const path = join(seeded.dataDir, `${store}.json`);
    const damaged = Buffer.from(corrupt(await readFile(path, 'utf8'), seeded), 'utf8');
    await writeFile(path, damaged);

    const test = world.core({ dataDir: seeded.dataDir, safeStorage: seeded.safeStorage });

    const movedTo = join(seeded.dataDir, `${store}.${reason.replaceAll('_', '-')}-${NOW_IN_FILE_NAMES}.json`);
    expect(await storageNotices(test)).toEqual<StorageNotice[]>([{ file: `${store}.json`, movedTo, reason, kept, dropped }]);
    expect((await readFile(movedTo)).equals(damaged), 'the moved-aside copy is byte-identical').toBe(true);
    const rebuilt = await readStore<Json>(seeded.dataDir, store);
    expect(rebuilt.version).toBe(currentVersions[store]);
    const records = rebuilt[recordKeys[store]];
    expect(Array.isArray(records) ? records.length : Object.keys((records ?? {}) as Json).length).toBe(kept);

    await then(test, seeded);

    // The rebuilt file is clean: the next start moves nothing, and the copy is still there.
    test.core.dispose();
    const restarted = world.core({ dataDir: seeded.dataDir, safeStorage: seeded.safeStorage });
    expect(await storageNotices(restarted)).toEqual([]);
    expect((await readdir(seeded.dataDir)).filter((name) => name.startsWith(`${store}.`)).sort()).toEqual([`${store}.json`, movedTo.slice(seeded.dataDir.length + 1)].sort());
  });
});

/** A token file damaged in place: only that profile's token is lost; the others' files are never read together with it. */
interface TokenFileCase {
  readonly damage: string;
  readonly corrupt: (text: string, seeded: Seeded) => string;
  readonly reason: StorageNotice['reason'];
}

const tokenFileCases: TokenFileCase[] = [
  { damage: 'cut short by a failing disk', corrupt: truncate, reason: 'invalid_records' },
  {
    damage: 'a text expiry',
    corrupt: edit((file) => {
      (file.token as Json).expiresAt = 'soon';
    }),
    reason: 'invalid_records',
  },
  { damage: 'a future schema version', corrupt: futureVersion, reason: 'newer_version' },
  { damage: 'another profile’s token under its name', corrupt: (_text, seeded) => tokenFileText(seeded.ids[ALPHA], { encryptedAccessToken: 'ss1:x', obtainedAt: 1, expiresAt: null }), reason: 'invalid_records' },
];

describe.each(tokenFileCases)('one token file with $damage', ({ corrupt, reason }) => {
  it('starts, moves that file aside byte for byte into a timestamped folder that says why, keeps every other token, and says so', async () => {
    const seeded = await seed();
    const path = tokenFilePath(seeded.dataDir, seeded.ids[BRAVO]);
    const damaged = Buffer.from(corrupt(await readFile(path, 'utf8'), seeded), 'utf8');
    await writeFile(path, damaged);

    const test = world.core({ dataDir: seeded.dataDir, safeStorage: seeded.safeStorage });

    const movedTo = join(seeded.dataDir, `tokens.${reason.replaceAll('_', '-')}-${NOW_IN_FILE_NAMES}`);
    expect(await storageNotices(test)).toEqual<StorageNotice[]>([{ file: 'tokens/', movedTo, reason, kept: 1, dropped: 1 }]);
    expect((await readFile(join(movedTo, basename(path)))).equals(damaged), 'the moved-aside copy is byte-identical').toBe(true);
    await expectProfilesWork(test, seeded, { [seeded.ids[ALPHA]]: true, [seeded.ids[BRAVO]]: false });

    test.core.dispose();
    const restarted = world.core({ dataDir: seeded.dataDir, safeStorage: seeded.safeStorage });
    expect(await storageNotices(restarted)).toEqual([]);
    expect(Object.keys(await readStoredTokens(seeded.dataDir)).sort()).toEqual([...seeded.ids].sort());
    expect((await readdir(seeded.dataDir)).filter((name) => name.startsWith('tokens')).sort()).toEqual(['tokens', basename(movedTo)].sort());
  });
});

describe('a token write torn before its rename', () => {
  // The temp file was never renamed over the token's file, so the save was never reported done: nothing to say.
  it('deletes the half-written temp file without a notice, and every token, that one’s previous included, still copies', async () => {
    const seeded = await seed();
    const path = tokenFilePath(seeded.dataDir, seeded.ids[BRAVO]);
    const torn = `${path}.0123456789ab.tmp`;
    await writeFile(torn, truncate(await readFile(path, 'utf8')), { mode: 0o600 });

    const test = world.core({ dataDir: seeded.dataDir, safeStorage: seeded.safeStorage });
    expect(await storageNotices(test)).toEqual([]);
    expect(await readdir(dirname(path))).not.toContain(basename(torn));
    await expectProfilesWork(test, seeded, bothHold(seeded));
  });
});

/** A tokens.json as version 2 left it, holding the seeded tokens, in place of the tokens folder. */
async function leaveTokensJson(seeded: Seeded): Promise<string> {
  const tokens = await readStoredTokens(seeded.dataDir);
  await rm(join(seeded.dataDir, 'tokens'), { recursive: true });
  return JSON.stringify({ version: 2, tokens }, null, '\t');
}

const legacyCases: Omit<Case, 'store'>[] = [
  { damage: 'truncated JSON', corrupt: truncate, reason: 'unreadable', kept: 0, dropped: 0, then: (test, seeded) => expectProfilesWork(test, seeded, noneHold(seeded)) },
  {
    damage: 'tokens that are not a map',
    corrupt: edit((file) => {
      file.tokens = 'x';
    }),
    reason: 'invalid_records',
    kept: 0,
    dropped: 1,
    then: (test, seeded) => expectProfilesWork(test, seeded, noneHold(seeded)),
  },
  {
    damage: 'one token with a text expiry',
    corrupt: (text, seeded) =>
      edit((file) => {
        (file.tokens as Record<string, Json>)[seeded.ids[BRAVO]]!.expiresAt = 'soon';
      })(text),
    reason: 'invalid_records',
    kept: 1,
    dropped: 1,
    then: (test, seeded) => expectProfilesWork(test, seeded, { [seeded.ids[ALPHA]]: true, [seeded.ids[BRAVO]]: false }),
  },
  { damage: 'a future schema version', corrupt: futureVersion, reason: 'newer_version', kept: 2, dropped: 0, then: (test, seeded) => expectProfilesWork(test, seeded, bothHold(seeded)) },
];

describe.each(legacyCases)('tokens.json left by an older version, with $damage', ({ corrupt, reason, kept, dropped, then }) => {
  it('moves it aside byte for byte as any damaged store file, moves every readable token into its own file, and says so', async () => {
    const seeded = await seed();
    const damaged = Buffer.from(corrupt(await leaveTokensJson(seeded), seeded), 'utf8');
    await writeFile(join(seeded.dataDir, 'tokens.json'), damaged);

    const test = world.core({ dataDir: seeded.dataDir, safeStorage: seeded.safeStorage });

    const movedTo = join(seeded.dataDir, `tokens.${reason.replaceAll('_', '-')}-${NOW_IN_FILE_NAMES}.json`);
    expect(await storageNotices(test)).toEqual<StorageNotice[]>([{ file: 'tokens.json', movedTo, reason, kept, dropped }]);
    expect((await readFile(movedTo)).equals(damaged), 'the moved-aside copy is byte-identical').toBe(true);
    expect(Object.keys(await readStoredTokens(seeded.dataDir))).toHaveLength(kept);
    await then(test, seeded);

    test.core.dispose();
    const restarted = world.core({ dataDir: seeded.dataDir, safeStorage: seeded.safeStorage });
    expect(await storageNotices(restarted)).toEqual([]);
    expect((await readdir(seeded.dataDir)).filter((name) => name.startsWith('tokens')).sort()).toEqual(['tokens', basename(movedTo)].sort());
  });
});

describe('a folder with every file damaged at once', () => {
  it('starts with one notice per file (one for all the token files) and an empty, working vault', async () => {
    const seeded = await seed();
    const stores: StoreName[] = ['profiles', 'settings', 'activity'];
    for (const store of stores) await writeFile(join(seeded.dataDir, `${store}.json`), '{"version": 1, "');
    for (const id of seeded.ids) await writeFile(tokenFilePath(seeded.dataDir, id), '{"version": 3, "');
    const test = world.core({ dataDir: seeded.dataDir, safeStorage: seeded.safeStorage });
    expect((await storageNotices(test)).map(({ file, reason, kept, dropped }) => [file, reason, kept, dropped])).toEqual([
      ...stores.map((store) => [`${store}.json`, 'unreadable', 0, 0]),
      ['tokens/', 'invalid_records', 0, 2],
    ]);
    const created = await createProfile(test, profileInput(seeded.butlr.url));
    valueOf(await copyToken(test, created.id));
  });
});

describe('a file damaged again within the same second', () => {
  // Copies are named to the second; a second damaged start in the same second gets a numbered name, not the first's.
  it('keeps both moved-aside copies', async () => {
    const dataDir = await world.folder();
    const path = join(dataDir, 'profiles.json');
    const damaged = [Buffer.from('{"version": 2, "profiles": [{"id": "first"'), Buffer.from('{"version": 2, "profiles": [{"id": "second"')];
    await writeFile(path, damaged[0]!);
    world.core({ dataDir }).core.dispose();
    await writeFile(path, damaged[1]!);
    const test = world.core({ dataDir });

    expect(await storageNotices(test)).toHaveLength(1);
    const copies = (await readdir(dataDir)).filter((name) => name.startsWith('profiles.unreadable-'));
    const contents = await Promise.all(copies.map((name) => readFile(join(dataDir, name), 'utf8')));
    expect(contents.sort()).toEqual(damaged.map(String).sort());
  });
});
