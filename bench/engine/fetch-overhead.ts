// Figure 1: a token fetch through our engine vs a bare fetch POST of the same endpoint on the loopback fake server.
import { writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { TOKEN_FOLDER, tokenFileName } from '../../electron/core/tokens/token-folder';
import { makeFigure, type Figure } from '../figure';
import { ENGINE_CLIENT_ID, ENGINE_CLIENT_SECRET, openEngineFixture } from './engine-fixture';
import { interleave, timed, timedUntilAnswer } from '../interleave';

const REALISTIC_DELAY_MS = 50;

/** Writes the file's current text to `copy` `count` times, without a temp file or fsync: the least a save can cost. */
async function sampleBareWrites(file: string, copy: string, count: number): Promise<number[]> {
  const text = await readFile(file, 'utf8');
  const samples: number[] = [];
  for (let index = 0; index < count; index += 1) {
    const start = performance.now();
    writeFileSync(copy, text, { mode: 0o600 });
    samples.push(performance.now() - start);
  }
  return samples;
}

export async function benchFetchOverhead(): Promise<Figure[]> {
  const fixture = await openEngineFixture();
  try {
    const { core } = fixture.testCore;
    // Decrypt the secret, HTTP, validate the answer, encrypt the token, hold it, update the state, emit the event: all
    // a person waits for. The token reaches its file in tokens/ just after the answer; that write is timed on its own here,
    // outside the sample, so it cannot land in the next one (which may be the baseline's).
    const writesAfterAnswer: number[] = [];
    const engineFetch = timedUntilAnswer(
      () => core.tokens.fetch(fixture.profileId),
      (result) => {
        if (!result.ok) throw new Error(`The engine's fetch failed: ${result.error.code}`);
        const writeStart = performance.now();
        core.flushPendingWrites();
        writesAfterAnswer.push(performance.now() - writeStart);
      },
    );
    const body = JSON.stringify({ client_id: ENGINE_CLIENT_ID, client_secret: ENGINE_CLIENT_SECRET, audience: 'https://butlrauth/', grant_type: 'client_credentials' });
    const bareFetch = timed(async () => {
      const response = await fetch(`${fixture.server.url}/api/v2/clients/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
      if (!response.ok) throw new Error(`The bare fetch failed: HTTP ${response.status}`);
      await response.text();
    });

    const loopback = await interleave(engineFetch, bareFetch, { warmup: 20, rounds: 200 });
    const loopbackWrites = writesAfterAnswer.slice(-200);
    const tokenFile = join(fixture.dataDir.path, TOKEN_FOLDER, tokenFileName(fixture.profileId));
    const bareWrites = await sampleBareWrites(tokenFile, join(fixture.dataDir.path, 'token.bench-copy'), 200);
    fixture.server.setDelay(REALISTIC_DELAY_MS);
    const realistic = await interleave(engineFetch, bareFetch, { warmup: 2, rounds: 30 });

    return [
      makeFigure({
        id: 'fetch-added-loopback',
        label: 'Token fetch, loopback (added time)',
        unit: 'ms',
        ours: loopback.ours,
        baseline: loopback.baseline,
        baselineLabel: 'bare fetch POST',
        targets: [{ kind: 'added-below', value: 1 }],
      }),
      makeFigure({
        id: 'fetch-write-after-answer',
        label: "Token fetch: the token's file written, just after the answer",
        unit: 'ms',
        ours: loopbackWrites,
        baseline: bareWrites,
        baselineLabel: 'bare write of the same JSON (no temp file, no fsync)',
      }),
      makeFigure({
        id: 'fetch-ratio-50ms',
        label: `Token fetch, server answers after ${REALISTIC_DELAY_MS} ms`,
        unit: 'ms',
        ours: realistic.ours,
        baseline: realistic.baseline,
        baselineLabel: 'bare fetch POST',
        targets: [{ kind: 'ratio-at-most', value: 1.02 }],
      }),
    ];
  } finally {
    await fixture.close();
  }
}
