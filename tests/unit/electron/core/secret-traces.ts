// Looks for secrets and tokens where they must never be: in any file, in clear or in an encoding that is not encryption.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { FetchLike } from '../../../../electron/core/tokens/token-client';

/**
 * Every spelling of `value` that would mean it sits in a file unencrypted: as is, as hex (either case), and as
 * base64 / base64url at each of the three byte alignments it could start at inside a longer encoded blob.
 */
export function encodings(value: string): { readonly encoding: string; readonly text: string }[] {
  const bytes = Buffer.from(value, 'utf8');
  const found = [
    { encoding: 'clear', text: value },
    { encoding: 'hex', text: bytes.toString('hex') },
    { encoding: 'HEX', text: bytes.toString('hex').toUpperCase() },
  ];
  for (let shift = 0; shift < 3; shift += 1) {
    for (const alphabet of ['base64', 'base64url'] as const) {
      // Drop the characters that mix in the neighbouring bytes: those before (the shift) and the last few after.
      const encoded = Buffer.concat([Buffer.alloc(shift), bytes]).toString(alphabet);
      found.push({ encoding: `${alphabet}@${shift}`, text: encoded.slice(Math.ceil((shift * 8) / 6), -4) });
    }
  }
  return found;
}

/** Every file under `dir`, recursively. */
export async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
}

/** Where any of `values` (label → value) shows in any of `files`, byte for byte, as "file: label (encoding)"; empty when nowhere. */
export async function findTraces(files: readonly string[], values: Readonly<Record<string, string>>): Promise<string[]> {
  const traces: string[] = [];
  for (const file of files) {
    const bytes = await readFile(file);
    for (const [label, value] of Object.entries(values)) {
      if (value.length < 8) throw new Error(`"${label}" is too short to look for without false alarms.`);
      for (const { encoding, text: spelled } of encodings(value)) {
        if (bytes.includes(spelled, 0, 'utf8')) traces.push(`${file}: ${label} (${encoding})`);
      }
    }
  }
  return traces;
}

/** Node's fetch, keeping every token Butlr answered with (access, refresh, id, and each JWT's signature), to look for them later. */
export interface TokenCapture {
  readonly fetch: FetchLike;
  /** label → value, e.g. `access_token #1`. */
  readonly values: Record<string, string>;
}

export function captureTokens(base: FetchLike = (url, init) => fetch(url, init)): TokenCapture {
  const values: Record<string, string> = {};
  let answers = 0;
  return {
    values,
    fetch: async (url, init) => {
      const response = await base(url, init);
      let body: Record<string, unknown> = {};
      try {
        body = JSON.parse(await response.clone().text()) as Record<string, unknown>;
      } catch {
        // Not a token answer.
      }
      answers += 1;
      for (const field of ['access_token', 'refresh_token', 'id_token']) {
        const token = body[field];
        if (typeof token !== 'string') continue;
        values[`${field} #${answers}`] = token;
        const signature = token.split('.')[2];
        if (signature) values[`${field} #${answers} signature`] = signature;
      }
      return response;
    },
  };
}
