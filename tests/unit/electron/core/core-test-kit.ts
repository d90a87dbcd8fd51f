// Helpers for the unit tests that drive the real app core over its IPC handlers, as the renderer would.
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { AppError, ErrorCode } from '../../../../shared/app-error';
import { ipcChannels } from '../../../../shared/ipc/channels';
import type { NewProfileInput, ProfileView } from '../../../../shared/profile';
import type { TestCore } from '../../../fixtures/test-core';

export const DEMO_SECRET = 'demo-secret';

export function profileInput(baseUrl: string, overrides: Partial<NewProfileInput> = {}): NewProfileInput {
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

export async function readDataFile(dataDir: string, name: 'profiles' | 'tokens'): Promise<{ text: string; mode: number }> {
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
