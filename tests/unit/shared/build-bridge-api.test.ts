import { describe, expect, it } from 'vitest';
import { buildBridgeApi } from '../../../shared/ipc/build-bridge-api';
import { eventListenerName, ipcChannels, ipcEventChannels, type IpcEventName } from '../../../shared/ipc/channels';

const ID = '0b5e8f5c-3f0a-4d36-9d7e-3c1f8a0f2b11';

/** Plays webUtils.getPathForFile: a File from disk has a path; anything else makes it throw, as Electron's does. */
const pathForFile = (file: File): string => {
  if (!(file instanceof File)) throw new TypeError('Error processing argument at index 0');
  return file.name === 'from-disk.env' ? '/home/someone/from-disk.env' : '';
};

function setup() {
  const invoked: { channel: string; request: unknown }[] = [];
  const subscriptions: { channel: string; listener: (payload: unknown) => void; active: boolean }[] = [];
  const api = buildBridgeApi(
    async (channel, request) => {
      invoked.push({ channel, request });
      return { ok: true, value: channel };
    },
    (channel, listener) => {
      const subscription = { channel, listener, active: true };
      subscriptions.push(subscription);
      return () => {
        subscription.active = false;
      };
    },
    pathForFile,
  );
  return { api, invoked, subscriptions };
}

describe('buildBridgeApi', () => {
  it('exposes one named method per contract method and one on<Event> per event, and nothing else', () => {
    const { api } = setup();
    const events = (Object.keys(ipcEventChannels) as IpcEventName[]).map(eventListenerName);
    expect(events).toEqual(expect.arrayContaining(['onTokenChanged', 'onProfilesChanged', 'onSettingsChanged', 'onMenuCommand']));
    expect(Object.keys(api).sort()).toEqual([...Object.keys(ipcChannels), ...events].sort());
    expect(Object.keys(api)).not.toContain('invoke');
  });

  it('sends each method on its own channel with the request as given', async () => {
    const { api, invoked } = setup();
    expect(await api.copyToken({ id: ID })).toEqual({ ok: true, value: ipcChannels.copyToken });
    await api.listProfiles();
    expect(invoked).toEqual([
      { channel: ipcChannels.copyToken, request: { id: ID } },
      { channel: ipcChannels.listProfiles, request: undefined },
    ]);
  });

  it('sends a dropped File as its path on disk, never the File, and an empty path for anything that is not a file from disk', async () => {
    const { api, invoked } = setup();
    await api.importDroppedFile(new File(['x'], 'from-disk.env'));
    await api.importDroppedFile(new File(['x'], 'made-in-the-page.env'));
    await (api.importDroppedFile as (file: unknown) => Promise<unknown>)({ name: 'from-disk.env', path: '/etc/passwd' });
    expect(invoked).toEqual([
      { channel: ipcChannels.importDroppedFile, request: { path: '/home/someone/from-disk.env' } },
      { channel: ipcChannels.importDroppedFile, request: { path: '' } },
      { channel: ipcChannels.importDroppedFile, request: { path: '' } },
    ]);
  });

  it('subscribes events on their channel and hands back an unsubscribe function', () => {
    const { api, subscriptions } = setup();
    const received: unknown[] = [];
    const unsubscribe = api.onTokenChanged((payload) => void received.push(payload));
    expect(subscriptions.map((subscription) => subscription.channel)).toEqual([ipcEventChannels.tokenChanged]);
    subscriptions[0]?.listener({ profileId: ID });
    expect(received).toEqual([{ profileId: ID }]);
    unsubscribe();
    expect(subscriptions[0]?.active).toBe(false);
  });

  it('is frozen, so the page cannot swap a method for its own', () => {
    const { api } = setup();
    expect(Object.isFrozen(api)).toBe(true);
    expect(() => {
      (api as unknown as Record<string, unknown>).copyToken = () => 'hijacked';
    }).toThrow(TypeError);
  });
});
