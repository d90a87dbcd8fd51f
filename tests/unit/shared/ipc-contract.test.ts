import { describe, expect, it } from 'vitest';
import { eventListenerName, ipcChannels, ipcEventChannels, type IpcMethod } from '../../../shared/ipc/channels';
import { ipcContract, ipcEvents } from '../../../shared/ipc/contract';

const ID = '0b5e8f5c-3f0a-4d36-9d7e-3c1f8a0f2b11';
const validNewProfile = {
  kind: 'client_credentials',
  name: 'Production',
  baseUrl: 'https://api.butlr.io',
  clientId: 'demo-client',
  clientSecret: 'demo-secret',
  audience: 'https://butlrauth/',
};
const profileView = {
  id: ID,
  kind: 'client_credentials',
  name: 'Production',
  baseUrl: 'https://api.butlr.io',
  clientId: 'demo-client',
  audience: 'https://butlrauth/',
  createdAt: 1_700_000_000_000,
  secret: 'set',
  damage: null,
  token: { state: 'issued', obtainedAt: 1_700_000_000_000, expiresAt: 1_700_003_600_000 },
  autoRefresh: false,
  nextRefreshAt: null,
  notes: '',
  tags: [],
  color: null,
  pinned: false,
  lastUsedAt: null,
};

const parses = (method: IpcMethod, payload: unknown): boolean => ipcContract[method].request.safeParse(payload).success;

describe('channels', () => {
  it('gives every request and event its own channel name', () => {
    const names = [...Object.values(ipcChannels), ...Object.values(ipcEventChannels)];
    expect(new Set(names).size).toBe(names.length);
  });

  it('has a contract entry for every channel, on that same channel, and none more', () => {
    expect(Object.keys(ipcContract).sort()).toEqual(Object.keys(ipcChannels).sort());
    for (const method of Object.keys(ipcChannels) as IpcMethod[]) {
      expect(ipcContract[method].channel).toBe(ipcChannels[method]);
    }
    expect(Object.keys(ipcEvents).sort()).toEqual(Object.keys(ipcEventChannels).sort());
    expect(ipcEvents.tokenChanged.channel).toBe(ipcEventChannels.tokenChanged);
    expect(ipcEvents.profilesChanged.channel).toBe(ipcEventChannels.profilesChanged);
  });

  it('names event subscriptions on<Event>', () => {
    expect(eventListenerName('tokenChanged')).toBe('onTokenChanged');
    expect(eventListenerName('profilesChanged')).toBe('onProfilesChanged');
  });
});

describe('requests without a payload', () => {
  it.each(['listProfiles', 'getEncryptionStatus'] as const)('%s accepts no payload and refuses any payload', (method) => {
    expect(parses(method, undefined)).toBe(true);
    expect(parses(method, {})).toBe(false);
    expect(parses(method, null)).toBe(false);
    expect(parses(method, 'profiles')).toBe(false);
  });
});

describe('requests by profile id', () => {
  it.each(['deleteProfile', 'fetchToken', 'copyToken'] as const)('%s accepts exactly { id: uuid }', (method) => {
    expect(parses(method, { id: ID })).toBe(true);
    expect(parses(method, { id: 'not-a-uuid' })).toBe(false);
    expect(parses(method, { id: 42 })).toBe(false);
    expect(parses(method, {})).toBe(false);
    expect(parses(method, undefined)).toBe(false);
    expect(parses(method, ID)).toBe(false);
    expect(parses(method, { id: ID, extra: 'raw' })).toBe(false);
  });

  it('copyToken also takes one of the copy formats, and nothing else', () => {
    for (const format of ['raw', 'bearer', 'header', 'curl']) expect(parses('copyToken', { id: ID, format })).toBe(true);
    expect(parses('copyToken', { id: ID, format: 'html' })).toBe(false);
  });

  it('names the id field and the unknown key in its issues', () => {
    const badId = ipcContract.copyToken.request.safeParse({ id: 'nope' });
    expect(badId.error?.issues[0]?.path).toEqual(['id']);
    expect(badId.error?.issues[0]?.message).toBe('That profile id is not one this app made.');
    const extra = ipcContract.copyToken.request.safeParse({ id: ID, secret: 'x' });
    expect(extra.error?.issues[0]?.code).toBe('unrecognized_keys');
  });
});

describe('createProfile request', () => {
  const create = ipcContract.createProfile.request;

  it('accepts a valid new profile', () => {
    expect(create.safeParse(validNewProfile).success).toBe(true);
  });

  it.each([
    ['a missing name', { name: undefined }, 'name'],
    ['a numeric client id', { clientId: 12345 }, 'clientId'],
    ['an empty secret', { clientSecret: '' }, 'clientSecret'],
    ['a secret that is not a string', { clientSecret: ['demo-secret'] }, 'clientSecret'],
    ['an http base URL for a remote host', { baseUrl: 'http://api.butlr.io' }, 'baseUrl'],
    ['a missing audience', { audience: undefined }, 'audience'],
  ])('refuses %s, naming the field', (_label, change, field) => {
    const result = create.safeParse({ ...validNewProfile, ...change });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual([field]);
  });

  it('refuses a missing or unknown kind', () => {
    const { kind: _kind, ...withoutKind } = validNewProfile;
    expect(create.safeParse(withoutKind).success).toBe(false);
    expect(create.safeParse({ ...validNewProfile, kind: 'authorization_code' }).success).toBe(false);
  });

  it('refuses fields the renderer has no say over, such as an id or a stored ciphertext', () => {
    expect(create.safeParse({ ...validNewProfile, id: ID }).success).toBe(false);
    expect(create.safeParse({ ...validNewProfile, encryptedSecret: 'ss1:AAAA' }).success).toBe(false);
    expect(Object.keys(create.parse(validNewProfile)).sort()).toEqual(['audience', 'baseUrl', 'clientId', 'clientSecret', 'color', 'kind', 'name', 'notes', 'tags']);
  });

  it('takes the handle of a tested token beside the profile, and nothing that is not one', () => {
    const handle = 'a'.repeat(43);
    expect(create.parse({ ...validNewProfile, testedToken: handle })).toMatchObject({ testedToken: handle });
    for (const testedToken of ['', 'a'.repeat(42), 'a'.repeat(44), `${'a'.repeat(42)}=`, 42]) {
      expect(create.safeParse({ ...validNewProfile, testedToken }).success).toBe(false);
      expect(ipcContract.updateProfile.request.safeParse({ id: ID, changes: {}, testedToken }).success).toBe(false);
    }
    expect(ipcContract.updateProfile.request.safeParse({ id: ID, changes: { secret: 's' }, testedToken: handle }).success).toBe(true);
  });
});

describe('responses', () => {
  it('strips a secret or ciphertext from a profile view', () => {
    const leaky = { ...profileView, clientSecret: 'demo-secret', encryptedSecret: 'ss1:AAAA' };
    const parsed = ipcContract.createProfile.response.parse(leaky);
    expect(parsed).toEqual(profileView);
    expect(JSON.stringify(parsed)).not.toMatch(/demo-secret|ss1:/);
  });

  it('strips extra fields from every view in the profile list', () => {
    const parsed = ipcContract.listProfiles.response.parse([{ ...profileView, encryptedSecret: 'ss1:AAAA' }]);
    expect(parsed).toEqual([profileView]);
  });

  it('strips an access token from the token info and the copy answer', () => {
    const token = { state: 'issued', obtainedAt: 1, expiresAt: 2, accessToken: 'eyJhbGciOi' };
    expect(ipcContract.fetchToken.response.parse(token)).toEqual({ state: 'issued', obtainedAt: 1, expiresAt: 2 });
    expect(ipcContract.copyToken.response.parse({ expiresAt: 2, renewed: true, clipboardClearsAt: 3, accessToken: 'eyJhbGciOi' })).toEqual({
      expiresAt: 2,
      renewed: true,
      clipboardClearsAt: 3,
    });
  });

  it('refuses a profile view whose secret state is not one the UI knows', () => {
    expect(ipcContract.createProfile.response.safeParse({ ...profileView, secret: 'demo-secret' }).success).toBe(false);
  });

  it('accepts every token state and refuses an unknown one', () => {
    const schema = ipcContract.fetchToken.response;
    expect(schema.safeParse({ state: 'none' }).success).toBe(true);
    expect(schema.safeParse({ state: 'failed', failedAt: 1, error: { code: 'timeout', message: 'm' }, previous: null }).success).toBe(true);
    expect(schema.safeParse({ state: 'failed', failedAt: 1, error: { code: 'exploded', message: 'm' }, previous: null }).success).toBe(false);
    expect(schema.safeParse({ state: 'valid', obtainedAt: 1, expiresAt: 2 }).success).toBe(false);
  });
});

describe('events', () => {
  it('tokenChanged carries a profile id and nothing more', () => {
    expect(ipcEvents.tokenChanged.payload.parse({ profileId: ID, accessToken: 'eyJ' })).toEqual({ profileId: ID });
    expect(ipcEvents.tokenChanged.payload.safeParse({ profileId: 'nope' }).success).toBe(false);
  });
});
