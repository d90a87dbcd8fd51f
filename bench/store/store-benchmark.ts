// Figure 4: the stores at 10,000 profiles: load and save of profiles.json, loading the tokens folder, and what one token
// update writes (that token's own file only).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { createProfileRepository, type ProfilesFile } from '../../electron/core/profiles/profile-repository';
import { TOKEN_FOLDER, tokenFileName } from '../../electron/core/tokens/token-folder';
import { createTokenRepository } from '../../electron/core/tokens/token-repository';
import { makeFigure, type Figure } from '../figure';
import { interleave } from '../interleave';
import { bytesWrittenSoFar, identify, sameFile } from './file-watch';
import { openProfilesStore, openTokens, seedDataFolder } from '../seed-data-folder';

export const STORE_PROFILES = 10_000;
const TOKEN_UPDATES = 7;
/** One token update may write at most this many times its own record (the file's few framing bytes included). */
const MAX_BYTES_PER_RECORD = 8;

const millisecondsOf = (run: () => void): number => {
  const start = performance.now();
  run();
  return performance.now() - start;
};

export async function benchStore(): Promise<Figure[]> {
  const seeded = await seedDataFolder(STORE_PROFILES);
  const dir = seeded.dataDir.path;
  const profilesPath = join(dir, 'profiles.json');
  const tokenPath = (profileId: string): string => join(dir, TOKEN_FOLDER, tokenFileName(profileId));
  // The layout tokens had until version 3, every token in one tokens.json: the baseline for loading them. Kept outside the
  // data folder, where the app would move it into tokens/.
  const legacyDir = mkdtempSync(join(tmpdir(), 'butlr-bench-legacy-tokens-'));
  const legacyTokensPath = join(legacyDir, 'tokens.json');
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

    // Load the tokens: open the folder and build the repository (read, parse and check each profile's file) vs a bare read
    // and JSON.parse of the same tokens in one file, as tokens.json held them.
    const tokenCount = seeded.profileIds.length;
    writeFileSync(legacyTokensPath, JSON.stringify({ version: 2, tokens: Object.fromEntries(seeded.profileIds.map((id) => [id, seeded.templates.token])) }, null, '\t'));
    const tokensLoad = await interleave(
      async () =>
        millisecondsOf(() => {
          if (createTokenRepository(openTokens(dir)).entries().length !== tokenCount) throw new Error('The repository did not load every token.');
        }),
      async () =>
        millisecondsOf(() => {
          if (Object.keys((JSON.parse(readFileSync(legacyTokensPath, 'utf8')) as { tokens: object }).tokens).length !== tokenCount) throw new Error('Bare parse lost tokens.');
        }),
      { warmup: 1, rounds: 7 },
    );

    // One token update: what reaches the disk, and proof that profiles.json and the other tokens' files are left alone.
    const tokens = createTokenRepository(openTokens(dir));
    const neighbour = tokenPath(seeded.profileIds.at(-1)!);
    const profilesBefore = identify(profilesPath);
    const neighbourBefore = identify(neighbour);
    const updates: { bytes: number; ms: number; fileReplaced: boolean }[] = [];
    for (let update = 0; update < TOKEN_UPDATES; update += 1) {
      const profileId = seeded.profileIds[update]!;
      const fileBefore = identify(tokenPath(profileId));
      const now = Date.now();
      const record = { ...seeded.templates.token, obtainedAt: now, expiresAt: now + 3_600_000 };
      const written = bytesWrittenSoFar();
      // put() holds the token and writes just after the current task; flush() is that write, done here to measure it.
      const ms = millisecondsOf(() => {
        tokens.put(profileId, record);
        tokens.flush();
      });
      const after = bytesWrittenSoFar();
      const fileAfter = identify(tokenPath(profileId));
      updates.push({ bytes: written === null || after === null ? fileAfter.size : after - written, ms, fileReplaced: !sameFile(fileBefore, fileAfter) });
    }
    const profilesAfter = identify(profilesPath);
    const profilesUntouched = sameFile(profilesBefore, profilesAfter);
    const neighbourUntouched = sameFile(neighbourBefore, identify(neighbour));
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
        id: 'store-tokens-load-10k',
        label: `Store: load the tokens folder, ${tokenCount.toLocaleString('en')} tokens`,
        unit: 'ms',
        ours: tokensLoad.ours,
        baseline: tokensLoad.baseline,
        baselineLabel: 'bare read + JSON.parse of the same tokens in one tokens.json',
        extra: { legacyTokensJsonBytes: identify(legacyTokensPath).size },
      }),
      makeFigure({
        id: 'store-token-update-bytes',
        label: 'Store: bytes written by one token update',
        unit: 'B',
        ours: updates.map((update) => update.bytes),
        baseline: [recordBytes],
        baselineLabel: 'the one token record',
        targets: [
          { kind: 'ratio-at-most', value: MAX_BYTES_PER_RECORD },
          { kind: 'holds', holds: profilesUntouched, text: 'profiles.json not rewritten' },
        ],
        extra: {
          profilesJson: { untouched: profilesUntouched, before: describe(profilesBefore), after: describe(profilesAfter) },
          otherTokenFileUntouched: neighbourUntouched,
          tokenFileBytes: identify(tokenPath(seeded.profileIds[0]!)).size,
          tokenFileReplacedEachTime: updates.every((update) => update.fileReplaced),
          updateMs: updates.map((update) => update.ms),
          bytesSource: bytesWrittenSoFar() === null ? "size of the token's file (no /proc/self/io)" : 'wchar of /proc/self/io',
        },
      }),
    ];
  } finally {
    await seeded.dataDir.remove();
    rmSync(legacyDir, { recursive: true, force: true });
  }
}

function profilesFileVersion(path: string): unknown {
  return (JSON.parse(readFileSync(path, 'utf8')) as ProfilesFile).version;
}

const describe = (identity: ReturnType<typeof identify>): Record<string, string | number> => ({ ino: identity.ino, size: identity.size, mtimeNs: identity.mtimeNs.toString() });
