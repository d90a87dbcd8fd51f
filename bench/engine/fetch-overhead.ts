// Figure 1: a token fetch through our engine vs a bare fetch POST of the same endpoint on the loopback fake server.
import { makeFigure, type Figure } from '../figure';
import { ENGINE_CLIENT_ID, ENGINE_CLIENT_SECRET, openEngineFixture } from './engine-fixture';
import { interleave, timed } from '../interleave';

const REALISTIC_DELAY_MS = 50;

export async function benchFetchOverhead(): Promise<Figure[]> {
  const fixture = await openEngineFixture();
  try {
    const { core } = fixture.testCore;
    // Decrypt the secret, HTTP, validate the answer, encrypt the token, persist it, update the state, emit the event.
    const engineFetch = timed(async () => {
      const result = await core.tokens.fetch(fixture.profileId);
      if (!result.ok) throw new Error(`The engine's fetch failed: ${result.error.code}`);
    });
    const body = JSON.stringify({ client_id: ENGINE_CLIENT_ID, client_secret: ENGINE_CLIENT_SECRET, audience: 'https://butlrauth/', grant_type: 'client_credentials' });
    const bareFetch = timed(async () => {
      const response = await fetch(`${fixture.server.url}/api/v2/clients/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
      if (!response.ok) throw new Error(`The bare fetch failed: HTTP ${response.status}`);
      await response.text();
    });

    const loopback = await interleave(engineFetch, bareFetch, { warmup: 20, rounds: 200 });
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
