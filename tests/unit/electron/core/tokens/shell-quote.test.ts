// The POSIX shell quoting that pasted commands rely on: exact output, and a real shell reading every value back unchanged.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { quoteFishArgument, quotePosixShellArgument, quotePowerShellArgument } from '../../../../../electron/core/tokens/shell-quote';
import { seededRandom } from '../../../../electron/hostile-payloads';

const SEED = Number(process.env.BUTLR_QUOTE_SEED ?? Date.now() % 2 ** 32);
const RANDOM_STRINGS = 300;
/** Characters a shell gives a meaning to, drawn often so most strings hold several. */
const HOSTILE = [..."'\"$`\\!;|&<>(){}[]*?~#%= \t\n\r", '$(', '${', "'\\''", '\u00a0', 'é', '中', '😀', '\u202e'];

/**
 * A random string of hostile characters and arbitrary code points. Never U+0000: argv entries are C strings, so a NUL
 * cannot reach a shell (or curl) at all and there is nothing to quote. Never a lone surrogate: it has no UTF-8 form, so
 * it could not be written to the shell's input unchanged either.
 */
function randomString(random: () => number): string {
  const length = Math.floor(random() * 24);
  let text = '';
  for (let index = 0; index < length; index += 1) {
    if (random() < 0.6) {
      text += HOSTILE[Math.floor(random() * HOSTILE.length)];
    } else {
      let codePoint = 1 + Math.floor(random() * 0x10ffff);
      if (codePoint >= 0xd800 && codePoint <= 0xdfff) codePoint -= 0x800;
      text += String.fromCodePoint(codePoint);
    }
  }
  return text;
}

/** What `shell` makes of the quoted values: printf writes each word back followed by a NUL, which no value holds. */
function readBack(shell: 'bash' | 'sh', values: readonly string[]): string[] {
  const script = `printf '%s\\0' ${values.map(quotePosixShellArgument).join(' ')}`;
  const run = spawnSync(shell, ['-c', script], { encoding: 'utf8' });
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  return run.stdout.split('\0').slice(0, -1);
}

describe('quotePosixShellArgument', () => {
  // What the hostile values try to create: its existence afterwards would mean a shell ran part of a value.
  const folder = mkdtempSync(join(tmpdir(), 'shell-quote-'));
  const marker = join(folder, 'ran');
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it.each([
    ['', "''"],
    ['plain', "'plain'"],
    ["it's", "'it'\\''s'"],
    ["''", "''\\'''\\'''"],
    ['$(touch /tmp/x)', "'$(touch /tmp/x)'"],
    ['a\nb', "'a\nb'"],
  ])('quotes %j as %s', (value, quoted) => {
    expect(quotePosixShellArgument(value)).toBe(quoted);
  });

  it('keeps an empty value as one empty word rather than dropping it', () => {
    expect(readBack('bash', ['', 'next', ''])).toEqual(['', 'next', '']);
  });

  it('runs nothing a value holds', () => {
    const hostile = [`';touch ${marker};'`, `$(touch ${marker})`, `\`touch ${marker}\``, `x' ; touch ${marker} ; '`, '!!', '\\', "'\\''"];
    expect(readBack('bash', hostile)).toEqual(hostile);
    expect(readBack('sh', hostile)).toEqual(hostile);
    expect(existsSync(marker)).toBe(false);
  });

  it(`gives bash and sh back ${RANDOM_STRINGS} random hostile strings unchanged`, () => {
    console.log(`shell-quote seed ${SEED} (replay with BUTLR_QUOTE_SEED=${SEED})`);
    const random = seededRandom(SEED);
    const values = Array.from({ length: RANDOM_STRINGS }, () => randomString(random));
    expect(values.some((value) => value.includes("'"))).toBe(true);
    // One shell run for all of them: a word that swallowed its neighbour, or split in two, shifts every later one.
    expect(readBack('bash', values), `seed ${SEED}`).toEqual(values);
    expect(readBack('sh', values), `seed ${SEED}`).toEqual(values);
  });
});

/** Whether a shell is installed here; fish and PowerShell usually are not on the Linux test machines. */
const installed = (shell: string): boolean => spawnSync(shell, ['--version'], { encoding: 'utf8' }).status === 0;

describe('quoteFishArgument', () => {
  it.each([
    ['', "''"],
    ['plain', "'plain'"],
    ["it's", "'it\\'s'"],
    ['back\\slash', "'back\\\\slash'"],
    ["\\'", "'\\\\\\''"],
    ['$(touch /tmp/x) `x` (x)', "'$(touch /tmp/x) `x` (x)'"],
  ])('quotes %j as %s', (value, quoted) => {
    expect(quoteFishArgument(value)).toBe(quoted);
  });

  it.runIf(installed('fish'))(`gives fish back ${RANDOM_STRINGS} random hostile strings unchanged`, () => {
    const random = seededRandom(SEED);
    const values = Array.from({ length: RANDOM_STRINGS }, () => randomString(random));
    const run = spawnSync('fish', ['-c', `printf '%s\\0' ${values.map(quoteFishArgument).join(' ')}`], { encoding: 'utf8' });
    expect(run.stdout.split('\0').slice(0, -1)).toEqual(values);
  });
});

describe('quotePowerShellArgument', () => {
  it.each([
    ['', "''"],
    ['plain', "'plain'"],
    ["it's", "'it''s'"],
    ['‘typographic’', "'‘‘typographic’’'"],
    ['$env:HOME $(calc) `n', "'$env:HOME $(calc) `n'"],
  ])('quotes %j as %s', (value, quoted) => {
    expect(quotePowerShellArgument(value)).toBe(quoted);
  });

  it.runIf(installed('pwsh'))('gives PowerShell back hostile strings unchanged', () => {
    const values = ["it's", '‘a’‚b‛', '$(Get-Date)', '`n', '"double"'];
    const script = values.map((value) => `[Console]::Out.Write(${quotePowerShellArgument(value)} + [char]0)`).join('; ');
    const run = spawnSync('pwsh', ['-NoProfile', '-Command', script], { encoding: 'utf8' });
    expect(run.stdout.split('\0').slice(0, -1)).toEqual(values);
  });
});
