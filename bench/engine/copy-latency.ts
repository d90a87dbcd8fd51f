// Figure 2: Copy with a valid cached token through the real IPC handler in-process, vs the decrypt and clipboard write it cannot avoid.
import { makeFigure, type Figure } from '../figure';
import { openEngineFixture } from './engine-fixture';
import { interleave, timed, timedUntilAnswer } from '../interleave';

interface CopyAnswer {
  readonly ok: boolean;
  readonly value?: { readonly renewed: boolean };
}

export async function benchCopyLatency(): Promise<Figure[]> {
  const fixture = await openEngineFixture();
  try {
    const { testCore, profileId, server } = fixture;
    const fetched = await testCore.core.tokens.fetch(profileId);
    if (!fetched.ok) throw new Error(`Could not fetch the token to copy: ${fetched.error.code}`);
    const copy = async (): Promise<CopyAnswer> => (await testCore.invoke('tokens:copy', { id: profileId })) as CopyAnswer;
    const first = await copy();
    if (!first.ok || first.value?.renewed !== false) throw new Error('Copy did not use the cached token: the figure would measure a sign-in.');

    // The same work with nothing around it: decrypt a token of the same size with the same keyring, write it to the clipboard.
    const sealed = await testCore.safeStorage.encryptStringAsync(server.issuedTokens.at(-1)!);
    const rawClipboard: string[] = [];
    // The activity history is written just after the answer.
    const ours = timedUntilAnswer(copy, (answer) => {
      if (!answer.ok) throw new Error('Copy failed during the bench.');
      testCore.core.flushPendingWrites();
    });
    const baseline = timed(async () => {
      const { result } = await testCore.safeStorage.decryptStringAsync(sealed);
      rawClipboard.push(result);
    });
    const samples = await interleave(ours, baseline, { warmup: 100, rounds: 1000 });
    if (server.requests.length !== 1) throw new Error(`Copy signed in again (${server.requests.length} sign-ins): the token was not used from the cache.`);

    return [
      makeFigure({
        id: 'copy-cached',
        label: 'Copy, valid cached token (IPC handler)',
        unit: 'ms',
        ours: samples.ours,
        baseline: samples.baseline,
        baselineLabel: 'bare decrypt + clipboard write',
        targets: [{ kind: 'ours-below', value: 2 }],
      }),
    ];
  } finally {
    await fixture.close();
  }
}
