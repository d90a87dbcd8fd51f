// An access token must be an RFC 6750 b64token: one that is not is refused on arrival, named without being quoted, and never kept.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isBearerToken } from '../../../../../electron/core/tokens/token-response';
import { fakeScripts, startFakeButlrServer, type FakeButlrServer } from '../../../../fixtures/fake-butlr-server';
import { createFakeSafeStorage } from '../../../../fixtures/fake-safe-storage';
import { butlrCurlArguments, curlArguments } from '../../../../fixtures/pasted-curl';
import { createTempDataDir, type TempDataDir } from '../../../../fixtures/temp-data-dir';
import { createTestCore, type TestCore } from '../../../../fixtures/test-core';
import {
  DEMO_SECRET,
  copiedTexts,
  copyToken,
  createProfile,
  errorOf,
  expectPersonReadable,
  fetchToken,
  hostOf,
  profileInput,
  profileView,
  valueOf,
} from '../core-test-kit';
import { readStoredTokens } from '../stored-tokens';

const START = Date.UTC(2026, 0, 15, 9, 0, 0);
const HOUR = 3_600_000;

const HOSTILE_TOKENS = [
  "abc';touch /tmp/x;'",
  'abc$(id)',
  'abc`id`',
  'abc def',
  'abc\ndef',
  'abc"def',
  'abc\\def',
  'abc=def',
  'äbc',
  '=',
];

describe('isBearerToken', () => {
  it.each(['eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln', 'A-Za-z0-9-._~+/', 'YWJj==', 'x'])('accepts %j', (token) => {
    expect(isBearerToken(token)).toBe(true);
  });

  it.each([...HOSTILE_TOKENS, ''])('refuses %j', (token) => {
    expect(isBearerToken(token)).toBe(false);
  });
});

describe('a token answer with characters a bearer token cannot hold', () => {
  let dataDir: TempDataDir;
  let butlr: FakeButlrServer;
  let test: TestCore;
  let profileId: string;
  let clock: number;
  /** Every text the core asked safeStorage to encrypt: a kept token passes through here first. */
  const encrypted: string[] = [];

  beforeEach(async () => {
    clock = START;
    encrypted.length = 0;
    dataDir = await createTempDataDir();
    butlr = await startFakeButlrServer({ now: () => clock });
    const safeStorage = createFakeSafeStorage();
    const encrypt = safeStorage.encryptStringAsync.bind(safeStorage);
    safeStorage.encryptStringAsync = async (text) => {
      encrypted.push(text);
      return encrypt(text);
    };
    test = createTestCore({ dataDir: dataDir.path, now: () => clock, safeStorage, settings: { defaultCopyFormat: 'curl' } });
    profileId = (await createProfile(test, profileInput(butlr.url))).id;
  });

  afterEach(async () => {
    test.core.dispose();
    await butlr.close();
    await dataDir.remove();
  });

  const answerWith = (accessToken: string): void => butlr.setScript(fakeScripts.status(200, { access_token: accessToken, token_type: 'Bearer', expires_in: 3600 }));

  it.each(HOSTILE_TOKENS)('%j: invalid_response, not quoted, nothing kept, nothing copied', async (token) => {
    answerWith(token);
    const error = errorOf(await fetchToken(test, profileId), 'invalid_response');
    expect(error.message).toMatch(/characters a bearer token cannot hold/);
    expectPersonReadable(error, { profile: 'Production', host: hostOf(butlr.url), secrets: [DEMO_SECRET, token] });
    expect((await profileView(test, profileId)).token).toEqual({ state: 'failed', failedAt: START, error, previous: null });

    errorOf(await copyToken(test, profileId), 'invalid_response');
    expect(copiedTexts(test)).toEqual([]);
    test.core.flushPendingWrites();
    expect((await readStoredTokens(dataDir.path))[profileId]).toBeUndefined();
    expect(encrypted).not.toContain(token);
  });

  it('keeps the token it held, and copies that one, when a renewal brings a hostile one', async () => {
    valueOf(await fetchToken(test, profileId));
    const held = butlr.issuedTokens[0]!;
    answerWith("abc';touch /tmp/x;'");
    clock = START + HOUR - 30_000;
    valueOf(await copyToken(test, profileId));
    expect(copiedTexts(test)).toHaveLength(1);
    expect(curlArguments(copiedTexts(test)[0]!)).toEqual(butlrCurlArguments(`${butlr.url}/api/v3/graphql`, held));
    expect(encrypted).not.toContain("abc';touch /tmp/x;'");
  });
});
