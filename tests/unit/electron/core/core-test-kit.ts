// Helpers for the unit tests that drive the real app core over its IPC handlers, as the renderer would.
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { ActivityEvent } from '../../../../shared/activity';
import type { AppError, ErrorCode } from '../../../../shared/app-error';
import { ipcChannels } from '../../../../shared/ipc/channels';
import type { NewProfileInput, ProfileView } from '../../../../shared/profile';
import type { FetchLike } from '../../../../electron/core/tokens/token-client';
import { flushIo } from '../../../fixtures/manual-clock';
import type { TestCore } from '../../../fixtures/test-core';

export const DEMO_SECRET = 'demo-secret';

type ClientCredentialsInput = Extract<NewProfileInput, { kind: 'client_credentials' }>;

export function profileInput(baseUrl: string, overrides: Partial<ClientCredentialsInput> = {}): ClientCredentialsInput {
  return {
    kind: 'client_credentials',
    name: 'Production',
    baseUrl,
    clientId: 'demo-client',
    clientSecret: DEMO_SECRET,
    audience: 'https://butlrauth/',
    ...overrides,
  };
}

type Envelope = { ok: true; value: unknown } | { ok: false; error: AppError };

/** The value of a successful IPC answer; fails the test with the error otherwise. */
export function valueOf<T>(answer: unknown): T {
  const envelope = answer as Envelope;
  if (!envelope.ok) throw new Error(`expected ok, got ${JSON.stringify(envelope.error)}`);
  return envelope.value as T;
}

/** The error of a failed IPC answer, checked to carry `code`. */
export function errorOf(answer: unknown, code: ErrorCode): AppError {
  const envelope = answer as Envelope;
  expect(envelope.ok, `expected a ${code} failure, got ${JSON.stringify(answer)}`).toBe(false);
  const { error } = envelope as { error: AppError };
  expect(error.code).toBe(code);
  return error;
}

export async function createProfile(test: TestCore, input: NewProfileInput): Promise<ProfileView> {
  return valueOf<ProfileView>(await test.invoke(ipcChannels.createProfile, input));
}

export async function listProfiles(test: TestCore): Promise<ProfileView[]> {
  return valueOf<ProfileView[]>(await test.invoke(ipcChannels.listProfiles));
}

/** Every way a value could sit in a file without being encrypted: as is, base64, base64url and hex. */
export function plainEncodings(value: string): string[] {
  const bytes = Buffer.from(value, 'utf8');
  return [value, bytes.toString('base64').replace(/=+$/, ''), bytes.toString('base64url'), bytes.toString('hex')];
}

/** profiles.json as it is on disk, with its permission bits (tokens have a file each: see stored-tokens.ts). */
export async function readDataFile(dataDir: string, name: 'profiles'): Promise<{ text: string; mode: number }> {
  const path = join(dataDir, `${name}.json`);
  return { text: await readFile(path, 'utf8'), mode: (await stat(path)).mode & 0o777 };
}

/** A promise with its resolve handle, to hold a request back until the test says so. */
export function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve!: () => void;
  const promise = new Promise<void>((done) => {
    resolve = done;
  });
  return { promise, resolve };
}

/** One profile's view, by id; fails the test when it is not listed. */
export async function profileView(test: TestCore, id: string): Promise<ProfileView> {
  const view = (await listProfiles(test)).find((profile) => profile.id === id);
  if (!view) throw new Error(`profile ${id} is not listed`);
  return view;
}

export const fetchToken = (test: TestCore, id: string): Promise<unknown> => test.invoke(ipcChannels.fetchToken, { id });
export const copyToken = (test: TestCore, id: string): Promise<unknown> => test.invoke(ipcChannels.copyToken, { id });
export const setAutoRefresh = (test: TestCore, id: string, enabled: boolean): Promise<unknown> =>
  test.invoke(ipcChannels.setAutoRefresh, { id, enabled });

/** What a copy answer says about the token: its expiry, whether it was renewed first, and why renewal failed if it did. */
export interface CopyOutcomeView {
  readonly expiresAt: number | null;
  readonly renewed: boolean;
  readonly renewalError?: AppError;
}

/** The token part of a successful copy answer (other fields, such as when the clipboard is cleared, have their own tests). */
export function copyOutcomeOf(answer: unknown): CopyOutcomeView {
  const { expiresAt, renewed, renewalError } = valueOf<CopyOutcomeView>(answer);
  return renewalError === undefined ? { expiresAt, renewed } : { expiresAt, renewed, renewalError };
}

/** The texts copied to the clipboard, in order, leaving out the clipboard being cleared afterwards. */
export const copiedTexts = (test: TestCore): string[] => test.clipboard.filter((text) => text !== '');

export async function activityOf(test: TestCore, id: string): Promise<ActivityEvent[]> {
  return valueOf<ActivityEvent[]>(await test.invoke(ipcChannels.getActivity, { id }));
}

/** `127.0.0.1:<port>`: how error messages name the server. */
export const hostOf = (url: string): string => new URL(url).host;

/**
 * Checks an error message is written for a person: one plain sentence or two that start with the profile's name and name
 * the host, with no secret, no token (nor its signature), no stack trace, no exception names and no markup from the
 * server's page.
 */
export function expectPersonReadable(error: AppError, { profile, host, secrets }: { profile: string; host: string; secrets: readonly string[] }): void {
  const { message } = error;
  expect(message.startsWith(`“${profile}”: `), `starts with the profile's name: ${message}`).toBe(true);
  expect(message, 'names the host').toContain(host);
  for (const secret of secrets) {
    expect(message).not.toContain(secret);
    const signature = secret.split('.')[2];
    if (signature) expect(message).not.toContain(signature);
  }
  expect(message, 'one line').not.toMatch(/[\r\n]/);
  expect(message, 'no stack frame').not.toMatch(/\bat .+:\d+:\d+|node:internal|\.ts:\d+/);
  expect(message, 'no exception names').not.toMatch(/\b(TypeError|DOMException|AbortError|TimeoutError|SocketError|Error:)|\[object|undefined|null\b/);
  expect(message, 'no markup').not.toMatch(/<[a-z/!]/i);
  expect(message, 'a finished sentence').toMatch(/[.!]$/);
  expect(message.length).toBeLessThanOrEqual(300);
}

/**
 * Node's fetch that gives up after `ms` as a timeout does (a TimeoutError, before or during the answer), so the faults that
 * never finish stay quick. It keeps its own deadline, with its own timer and a body stream of its own, because on Node 20
 * neither `AbortSignal.any([…, AbortSignal.timeout(ms)])` nor an abort after the headers is reliable once the garbage
 * collector has run (the timeout signal, or undici's link to the response, is only weakly held): the request then hangs.
 */
export function timeLimitedFetch(ms: number, base: FetchLike = (url, init) => fetch(url, init)): FetchLike {
  return async (url, init) => {
    const timedOut = (): DOMException => new DOMException(`gave up after ${ms} ms`, 'TimeoutError');
    let expired = false;
    let onExpiry = (): void => undefined;
    const timer = setTimeout(() => {
      expired = true;
      onExpiry();
    }, ms);
    const controller = new AbortController();
    init.signal?.addEventListener('abort', () => controller.abort(init.signal?.reason), { once: true });
    let response: Response;
    try {
      response = await Promise.race([
        base(url, { ...init, signal: controller.signal }),
        new Promise<never>((_resolve, reject) => {
          onExpiry = () => {
            controller.abort(timedOut());
            reject(timedOut());
          };
        }),
      ]);
    } catch (error) {
      clearTimeout(timer);
      throw error;
    }
    if (!response.body) {
      clearTimeout(timer);
      return response;
    }
    const reader = response.body.getReader();
    const body = new ReadableStream<Uint8Array>({
      start(stream) {
        onExpiry = () => {
          stream.error(timedOut());
          void reader.cancel().catch(() => undefined);
        };
        if (expired) onExpiry();
      },
      async pull(stream) {
        try {
          const chunk = await reader.read();
          if (expired) return;
          if (chunk.done) {
            clearTimeout(timer);
            stream.close();
          } else stream.enqueue(chunk.value);
        } catch (error) {
          clearTimeout(timer);
          if (!expired) stream.error(error);
        }
      },
      cancel(reason) {
        clearTimeout(timer);
        return reader.cancel(reason);
      },
    });
    return new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
  };
}

/**
 * Node's fetch, counting the requests still running (until the answer's body is read, cancelled or fails), so a test
 * driving timers by hand can wait for the real HTTP a timer started before it moves the clock again.
 */
export interface TrackedFetch {
  readonly fetch: FetchLike;
  /** Requests started and not yet finished. */
  readonly active: number;
  /** Resolves once no request is running and what followed the last one (saving, events, re-planning) has run too. */
  settled(): Promise<void>;
}

export function trackFetch(base: FetchLike = (url, init) => fetch(url, init)): TrackedFetch {
  let active = 0;
  let waiters: (() => void)[] = [];
  const finish = (): void => {
    active -= 1;
    if (active > 0) return;
    const woken = waiters;
    waiters = [];
    for (const wake of woken) wake();
  };
  const tracked: FetchLike = async (url, init) => {
    active += 1;
    let response: Response;
    try {
      response = await base(url, init);
    } catch (error) {
      finish();
      throw error;
    }
    if (!response.body) {
      finish();
      return response;
    }
    const reader = response.body.getReader();
    let done = false;
    const end = (): void => {
      if (!done) {
        done = true;
        finish();
      }
    };
    const body = new ReadableStream<Uint8Array>({
      async pull(controller) {
        try {
          const chunk = await reader.read();
          if (chunk.done) {
            end();
            controller.close();
          } else controller.enqueue(chunk.value);
        } catch (error) {
          end();
          controller.error(error);
        }
      },
      async cancel(reason) {
        end();
        await reader.cancel(reason);
      },
    });
    return new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
  };
  return {
    fetch: tracked,
    get active() {
      return active;
    },
    async settled() {
      for (;;) {
        await flushIo();
        if (active === 0) return;
        await new Promise<void>((resolve) => waiters.push(resolve));
      }
    },
  };
}
