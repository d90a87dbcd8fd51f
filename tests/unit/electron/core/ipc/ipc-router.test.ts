import { describe, expect, it } from 'vitest';
import { createIpcRouter, type IpcMainLike, type IpcSenderEvent } from '../../../../../electron/core/ipc/ipc-router';
import type { Logger } from '../../../../../electron/core/logger';
import { appError } from '../../../../../shared/app-error';
import { ipcChannels } from '../../../../../shared/ipc/channels';
import { fail, ok } from '../../../../../shared/result';

const WINDOW = { id: 1 };
const FOREIGN = { id: 2 };
/** Our page's frame: a main frame, the only kind the router listens to. */
const MAIN_FRAME = { url: 'app://butlr/index.html', parent: null };
const ID = '0b5e8f5c-3f0a-4d36-9d7e-3c1f8a0f2b11';

/** A router on a recording ipcMain; `invoke` plays the renderer (or another sender). */
function setup() {
  const handlers = new Map<string, (event: IpcSenderEvent, payload: unknown) => Promise<unknown>>();
  const ipcMain: IpcMainLike = { handle: (channel, listener) => void handlers.set(channel, listener) };
  const logs: { level: string; message: string; error?: unknown }[] = [];
  const logger: Logger = {
    info: (message) => void logs.push({ level: 'info', message }),
    warn: (message) => void logs.push({ level: 'warn', message }),
    error: (message, error) => void logs.push({ level: 'error', message, error }),
  };
  const trustChecks: IpcSenderEvent[] = [];
  const isTrustedSender = (event: IpcSenderEvent): boolean => {
    trustChecks.push(event);
    return event.sender === WINDOW;
  };
  const failures: string[] = [];
  const router = createIpcRouter({ ipcMain, isTrustedSender, logger, onFailure: (code) => void failures.push(code) });
  /** Plays the renderer with a whole IPC event: a sub-frame, a frame that is gone. */
  const invokeAs = (channel: string, payload: unknown, event: IpcSenderEvent): Promise<unknown> => {
    const handler = handlers.get(channel);
    if (!handler) throw new Error(`no handler on ${channel}`);
    return handler(event, payload);
  };
  const invoke = (channel: string, payload?: unknown, sender: unknown = WINDOW): Promise<unknown> => invokeAs(channel, payload, { sender, senderFrame: MAIN_FRAME });
  return { router, invoke, invokeAs, logs, trustChecks, failures, channels: () => [...handlers.keys()] };
}

describe('createIpcRouter', () => {
  it('registers the handler on the contract channel and remembers the method', () => {
    const { router, channels } = setup();
    router.handle('copyToken', async () => ok({ expiresAt: 1, renewed: false, clipboardClearsAt: null }));
    expect(channels()).toEqual([ipcChannels.copyToken]);
    expect(router.registeredMethods()).toEqual(['copyToken']);
  });

  it('passes the parsed request to the handler and wraps its value', async () => {
    const { router, invoke } = setup();
    const seen: unknown[] = [];
    router.handle('copyToken', async (request) => {
      seen.push(request);
      return ok({ expiresAt: 42, renewed: true, clipboardClearsAt: null });
    });
    expect(await invoke(ipcChannels.copyToken, { id: ID })).toEqual({ ok: true, value: { expiresAt: 42, renewed: true, clipboardClearsAt: null } });
    expect(seen).toEqual([{ id: ID }]);
  });

  it('refuses a foreign sender without running the handler', async () => {
    const { router, invoke, logs } = setup();
    let calls = 0;
    router.handle('copyToken', async () => {
      calls += 1;
      return ok({ expiresAt: 1, renewed: false, clipboardClearsAt: null });
    });
    const result = await invoke(ipcChannels.copyToken, { id: ID }, FOREIGN);
    expect(result).toEqual({ ok: false, error: { code: 'unknown_sender', message: expect.any(String) } });
    expect(calls).toBe(0);
    expect(logs.some((log) => log.level === 'warn' && log.message.includes(ipcChannels.copyToken))).toBe(true);
  });

  it('checks the sender before the payload', async () => {
    const { router, invoke } = setup();
    router.handle('copyToken', async () => ok({ expiresAt: 1, renewed: false, clipboardClearsAt: null }));
    const result = (await invoke(ipcChannels.copyToken, { id: 'not-a-uuid' }, FOREIGN)) as { error: { code: string } };
    expect(result.error.code).toBe('unknown_sender');
  });

  it('refuses a sub-frame of our own window, even on our own origin, before asking whether the sender is trusted', async () => {
    const { router, invokeAs, logs, trustChecks } = setup();
    let calls = 0;
    router.handle('copyToken', async () => {
      calls += 1;
      return ok({ expiresAt: 1, renewed: false, clipboardClearsAt: null });
    });
    const iframe = { url: 'app://butlr/index.html', parent: MAIN_FRAME };
    const result = await invokeAs(ipcChannels.copyToken, { id: ID }, { sender: WINDOW, senderFrame: iframe });
    expect(result).toEqual({ ok: false, error: { code: 'unknown_sender', message: expect.any(String) } });
    expect(calls).toBe(0);
    expect(trustChecks).toEqual([]);
    expect(logs).toContainEqual({ level: 'warn', message: `ipc: refused ${ipcChannels.copyToken} from a sub-frame` });
  });

  it('refuses our window when its frame is gone, lacks a parent field, or cannot be read', async () => {
    const { router, invokeAs, trustChecks } = setup();
    let calls = 0;
    router.handle('fetchToken', async () => {
      calls += 1;
      return fail(appError('internal', 'should not run'));
    });
    const disposed = {
      get senderFrame(): never {
        throw new Error('Render frame was disposed before WebFrameMain could be accessed');
      },
      sender: WINDOW,
    };
    const events: IpcSenderEvent[] = [
      { sender: WINDOW, senderFrame: null },
      { sender: WINDOW, senderFrame: { url: 'app://butlr/index.html' } as IpcSenderEvent['senderFrame'] },
      { sender: WINDOW } as IpcSenderEvent,
      disposed,
    ];
    for (const event of events) {
      expect(((await invokeAs(ipcChannels.fetchToken, { id: ID }, event)) as { error: { code: string } }).error.code).toBe('unknown_sender');
    }
    expect(calls).toBe(0);
    expect(trustChecks).toEqual([]);
  });

  it('still asks whether a main frame belongs to one of our windows', async () => {
    const { router, invoke, trustChecks } = setup();
    router.handle('listProfiles', async () => ok([]));
    expect(await invoke(ipcChannels.listProfiles)).toEqual({ ok: true, value: [] });
    expect(((await invoke(ipcChannels.listProfiles, undefined, FOREIGN)) as { error: { code: string } }).error.code).toBe('unknown_sender');
    expect(trustChecks.map((event) => event.sender)).toEqual([WINDOW, FOREIGN]);
  });

  it('refuses an invalid payload with the path of the bad field, without running the handler', async () => {
    const { router, invoke } = setup();
    let calls = 0;
    router.handle('createProfile', async () => {
      calls += 1;
      return fail(appError('internal', 'should not run'));
    });
    const result = await invoke(ipcChannels.createProfile, {
      kind: 'client_credentials',
      name: 'Production',
      baseUrl: 'http://api.butlr.io',
      clientId: 'demo-client',
      clientSecret: 'demo-secret',
      audience: 'https://butlrauth/',
    });
    expect(result).toEqual({ ok: false, error: { code: 'invalid_request', message: expect.stringMatching(/https:\/\//), field: 'baseUrl' } });
    expect(calls).toBe(0);
  });

  it('refuses an extra field on a by-id request, naming no field', async () => {
    const { router, invoke } = setup();
    router.handle('deleteProfile', async ({ id }) => ok({ id, undoUntil: 0 }));
    const result = (await invoke(ipcChannels.deleteProfile, { id: ID, force: true })) as { ok: boolean; error: { code: string; field?: string } };
    expect(result.ok).toBe(false);
    expect(result.error.code).toBe('invalid_request');
    expect(result.error.field).toBeUndefined();
  });

  it('refuses a payload on a method that takes none', async () => {
    const { router, invoke } = setup();
    router.handle('listProfiles', async () => ok([]));
    expect(((await invoke(ipcChannels.listProfiles, { all: true })) as { error: { code: string } }).error.code).toBe('invalid_request');
    expect(await invoke(ipcChannels.listProfiles)).toEqual({ ok: true, value: [] });
  });

  it('passes a handler failure through unchanged', async () => {
    const { router, invoke } = setup();
    const error = appError('not_found', 'That profile no longer exists.');
    router.handle('fetchToken', async () => fail(error));
    expect(await invoke(ipcChannels.fetchToken, { id: ID })).toEqual({ ok: false, error });
  });

  it('turns a throwing handler into an internal error without the exception text', async () => {
    const { router, invoke, logs } = setup();
    router.handle('fetchToken', async () => {
      throw new Error('ENOENT: /home/someone/.config/tokens.json at readFile (node:fs:1:1)');
    });
    const result = (await invoke(ipcChannels.fetchToken, { id: ID })) as { ok: boolean; error: { code: string; message: string } };
    expect(result.ok).toBe(false);
    expect(result.error.code).toBe('internal');
    expect(result.error.message).not.toMatch(/ENOENT|tokens\.json|node:fs|\bat\b.*\(/);
    expect(logs.filter((log) => log.level === 'error')).toHaveLength(1);
  });

  it('tells onFailure the code of every failure it answers with, and nothing of a success', async () => {
    const { router, invoke, failures } = setup();
    router.handle('listProfiles', async () => ok([]));
    router.handle('fetchToken', async () => fail(appError('rejected_credentials', 'Butlr refused the client ID or secret.')));
    router.handle('copyToken', async () => {
      throw new Error('boom');
    });
    await invoke(ipcChannels.listProfiles);
    await invoke(ipcChannels.listProfiles, undefined, FOREIGN);
    await invoke(ipcChannels.fetchToken, { id: 'not-a-uuid' });
    await invoke(ipcChannels.fetchToken, { id: ID });
    await invoke(ipcChannels.copyToken, { id: ID });
    expect(failures).toEqual(['unknown_sender', 'invalid_request', 'rejected_credentials', 'internal']);
  });

  it('keeps answering after a handler threw', async () => {
    const { router, invoke } = setup();
    let throwNext = true;
    router.handle('copyToken', async () => {
      if (throwNext) {
        throwNext = false;
        throw new TypeError('boom');
      }
      return ok({ expiresAt: 7, renewed: false, clipboardClearsAt: null });
    });
    expect(((await invoke(ipcChannels.copyToken, { id: ID })) as { ok: boolean }).ok).toBe(false);
    expect(await invoke(ipcChannels.copyToken, { id: ID })).toEqual({ ok: true, value: { expiresAt: 7, renewed: false, clipboardClearsAt: null } });
  });

  it('strips fields the contract does not name from the answer', async () => {
    const { router, invoke } = setup();
    const leaky = { expiresAt: 5, renewed: false, clipboardClearsAt: null, accessToken: 'eyJhbGciOiJIUzI1NiJ9.e30.sig' };
    router.handle('copyToken', async () => ok(leaky as { expiresAt: number; renewed: boolean, clipboardClearsAt: null }));
    const result = await invoke(ipcChannels.copyToken, { id: ID });
    expect(result).toEqual({ ok: true, value: { expiresAt: 5, renewed: false, clipboardClearsAt: null } });
    expect(JSON.stringify(result)).not.toContain('eyJ');
  });

  it('answers internal instead of sending a value that breaks the contract', async () => {
    const { router, invoke } = setup();
    router.handle('copyToken', async () => ok({ expiresAt: 'soon' } as unknown as { expiresAt: number; renewed: boolean, clipboardClearsAt: null }));
    expect(((await invoke(ipcChannels.copyToken, { id: ID })) as { error: { code: string } }).error.code).toBe('internal');
  });
});
