// The built preload, run in a VM with a stand-in `electron`: it exposes exactly the contract's methods and nothing of Electron,
// and a dropped File reaches main only as the path webUtils gives for it.
import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';
import { eventListenerName, ipcChannels, ipcEventChannels, isFileMethod, type IpcEventName, type IpcMethod } from '../../shared/ipc/channels';
import { assertBuilt, PRELOAD_BUNDLE } from './built-bundles';

type Listener = (event: unknown, payload: unknown) => void;

let exposed: { name: string; api: Record<string, (...args: unknown[]) => unknown> }[];
const invoked: { channel: string; request: unknown }[] = [];
const listeners = new Map<string, Listener[]>();
/** What the stand-in webUtils was asked about, and the one File it knows a path for. */
const pathQueries: unknown[] = [];
const fileFromDisk = { name: 'staging.env' };

beforeAll(() => {
  assertBuilt(PRELOAD_BUNDLE);
  exposed = [];
  const electron = {
    contextBridge: { exposeInMainWorld: (name: string, api: Record<string, (...args: unknown[]) => unknown>) => exposed.push({ name, api }) },
    ipcRenderer: {
      invoke: async (channel: string, request: unknown) => {
        invoked.push({ channel, request });
        return { ok: true, value: channel };
      },
      on: (channel: string, listener: Listener) => listeners.set(channel, [...(listeners.get(channel) ?? []), listener]),
      removeListener: (channel: string, listener: Listener) => listeners.set(channel, (listeners.get(channel) ?? []).filter((l) => l !== listener)),
    },
    webUtils: {
      getPathForFile: (file: unknown) => {
        pathQueries.push(file);
        if (file === fileFromDisk) return '/home/someone/staging.env';
        // Electron's own answer for a File made in the page; anything but a File makes it throw.
        if (typeof file === 'object' && file !== null && 'name' in file) return '';
        throw new TypeError('Error processing argument at index 0, conversion failure');
      },
    },
  };
  const requireInSandbox = (name: string): unknown => {
    if (name === 'electron') return electron;
    throw new Error(`A sandboxed preload cannot require ${name}`);
  };
  runInNewContext(readFileSync(PRELOAD_BUNDLE, 'utf8'), { require: requireInSandbox, module: { exports: {} }, exports: {} });
});

describe('the built preload', () => {
  it('exposes one object, window.butlr, with exactly the contract methods and event subscriptions', () => {
    expect(exposed.map((entry) => entry.name)).toEqual(['butlr']);
    const expected = [...Object.keys(ipcChannels), ...(Object.keys(ipcEventChannels) as IpcEventName[]).map(eventListenerName)];
    expect(Object.keys(exposed[0]!.api).sort()).toEqual(expected.sort());
    expect(Object.keys(exposed[0]!.api)).not.toContain('invoke');
  });

  it('sends each method on its own channel with the request as given', async () => {
    const api = exposed[0]!.api;
    for (const [method, channel] of Object.entries(ipcChannels)) {
      if (isFileMethod(method as IpcMethod)) continue;
      invoked.length = 0;
      await expect(api[method]!({ id: 'x' })).resolves.toEqual({ ok: true, value: channel });
      expect(invoked).toEqual([{ channel, request: { id: 'x' } }]);
    }
  });

  it('sends a dropped File as the path webUtils gives for it, and an empty path for anything else, never the File itself', async () => {
    const api = exposed[0]!.api;
    invoked.length = 0;
    await api.importDroppedFile!(fileFromDisk);
    await api.importDroppedFile!({ name: 'made-in-the-page.env' });
    await api.importDroppedFile!('/etc/passwd');
    expect(pathQueries).toEqual([fileFromDisk, { name: 'made-in-the-page.env' }, '/etc/passwd']);
    expect(invoked).toEqual([
      { channel: ipcChannels.importDroppedFile, request: { path: '/home/someone/staging.env' } },
      { channel: ipcChannels.importDroppedFile, request: { path: '' } },
      { channel: ipcChannels.importDroppedFile, request: { path: '' } },
    ]);
  });

  it('hands listeners the payload only, never the Electron event, and unsubscribes', () => {
    const api = exposed[0]!.api;
    const received: unknown[] = [];
    const unsubscribe = api.onTokenChanged!((payload: unknown) => received.push(payload)) as () => void;
    const channel = ipcEventChannels.tokenChanged;
    for (const listener of listeners.get(channel) ?? []) listener({ sender: { secret: 'electron internals' } }, { profileId: 'p1' });
    expect(received).toEqual([{ profileId: 'p1' }]);
    unsubscribe();
    expect(listeners.get(channel)).toEqual([]);
  });
});
