// Figure 4: the stores at 10,000 profiles: load and save of profiles.json, and what one token update writes (tokens.json only).
import { readFileSync, writeFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { createProfileRepository, type ProfilesFile } from '../../electron/core/profiles/profile-repository';
import { createTokenRepository } from '../../electron/core/tokens/token-repository';
import { makeFigure, type Figure } from '../figure';
import { interleave } from '../interleave';
import { bytesWrittenSoFar, identify, sameFile } from './file-watch';
import { openProfilesStore, openTokensStore, seedDataFolder } from '../seed-data-folder';

export const STORE_PROFILES = 10_000;
const TOKEN_UPDATES = 7;

const millisecondsOf = (run: () => void): number => {
  const start = performance.now();
  run();
  return performance.now() - start;
};

export async function benchStore(): Promise<Figure[]> {
  const seeded = await seedDataFolder(STORE_PROFILES);
  const dir = seeded.dataDir.path;
  const profilesPath = join(dir, 'profiles.json');
  const tokensPath = join(dir, 'tokens.json');
  try {
    // Load: open the store and build the repository (read, parse, validate every record) vs a bare read and JSON.parse.
    const load = await interleave(
      async () =>
        millisecondsOf(() => {
          if (createProfileRepository(openProfilesStore(dir)).list().length !== STORE_PROFILES) throw new Error('The repository did not load every profile.');
        }),
      async () =>
        millisecondsOf(() => {
          if ((JSON.parse(readFileSync(profilesPath, 'utf8')) as ProfilesFile).profiles.length !== STORE_PROFILES) throw new Error('Bare parse lost profiles.');
        }),
      { warmup: 1, rounds: 7 },
    );

    // Save: one profile added (the whole file is written, atomically) vs writing the same JSON bare, with no temp file or fsync.
    const profiles = createProfileRepository(openProfilesStore(dir));
    const bareFile = join(dir, 'bare-profiles.json');
    const save = await interleave(
      async () => {
        const extra = { ...seeded.templates.profile, id: randomUUID(), name: 'One more' };
        const ms = millisecondsOf(() => profiles.add(extra));
        profiles.remove(extra.id);
        return ms;
      },
      async () => millisecondsOf(() => writeFileSync(bareFile, JSON.stringify({ version: profilesFileVersion(profilesPath), profiles: profiles.list() }, null, '\t'))),
      { warmup: 1, rounds: 7 },
    );

    // One token update: what reaches the disk, and proof that profiles.json is left alone.
    const tokens = createTokenRepository(openTokensStore(dir));
    const profilesBefore = identify(profilesPath);
    const updates: { bytes: number; ms: number; tokensReplaced: boolean }[] = [];
    for (let update = 0; update < TOKEN_UPDATES; update += 1) {
      const tokensBefore = identify(tokensPath);
      const now = Date.now();
      const record = { ...seeded.templates.token, obtainedAt: now, expiresAt: now + 3_600_000 };
      const written = bytesWrittenSoFar();
      // put() holds the token and writes just after the current task; flush() is that write, done here to measure it.
      const ms = millisecondsOf(() => {
        tokens.put(seeded.profileIds[update]!, record);
        tokens.flush();
      });
      const after = bytesWrittenSoFar();
      updates.push({ bytes: written === null || after === null ? identify(tokensPath).size : after - written, ms, tokensReplaced: !sameFile(tokensBefore, identify(tokensPath)) });
    }
    const profilesAfter = identify(profilesPath);
    const profilesUntouched = sameFile(profilesBefore, profilesAfter);
    const recordBytes = Buffer.byteLength(JSON.stringify(seeded.templates.token));

    return [
      makeFigure({
        id: 'store-load-10k',
        label: `Store: load profiles.json, ${STORE_PROFILES.toLocaleString('en')} profiles`,
        unit: 'ms',
        ours: load.ours,
        baseline: load.baseline,
        baselineLabel: 'bare read + JSON.parse',
        extra: { profilesJsonBytes: identify(profilesPath).size },
      }),
      makeFigure({
        id: 'store-save-10k',
        label: `Store: save profiles.json, ${STORE_PROFILES.toLocaleString('en')} profiles`,
        unit: 'ms',
        ours: save.ours,
        baseline: save.baseline,
        baselineLabel: 'bare JSON write (no temp file, no fsync)',
      }),
      makeFigure({
        id: 'store-token-update-bytes',
        label: 'Store: bytes written by one token update',
        unit: 'B',
        ours: updates.map((update) => update.bytes),
        baseline: [recordBytes],
        baselineLabel: 'the one token record',
        targets: [{ kind: 'holds', holds: profilesUntouched, text: 'profiles.json not rewritten' }],
        extra: {
          profilesJson: { untouched: profilesUntouched, before: describe(profilesBefore), after: describe(profilesAfter) },
          tokensJsonBytes: identify(tokensPath).size,
          tokensJsonReplacedEachTime: updates.every((update) => update.tokensReplaced),
          updateMs: updates.map((update) => update.ms),
          bytesSource: bytesWrittenSoFar() === null ? 'size of tokens.json (no /proc/self/io)' : 'wchar of /proc/self/io',
        },
      }),
    ];
  } finally {
    await seeded.dataDir.remove();
  }
}

function profilesFileVersion(path: string): unknown {
  return (JSON.parse(readFileSync(path, 'utf8')) as ProfilesFile).version;
}

const describe = (identity: ReturnType<typeof identify>): Record<string, string | number> => ({ ino: identity.ino, size: identity.size, mtimeNs: identity.mtimeNs.toString() });
