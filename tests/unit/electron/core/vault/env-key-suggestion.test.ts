// Which known .env variable an unknown key probably meant: typos, a missing word, upper-case, and what is left alone.
import { describe, expect, it } from 'vitest';
import type { EnvEntry } from '../../../../../shared/env-file';
import { editDistance } from '../../../../../shared/edit-distance';
import { nearMisses } from '../../../../../electron/core/vault/env-key-suggestion';

const KNOWN = ['BUTLR_CLIENT_ID', 'BUTLR_CLIENT_SECRET', 'BUTLR_BASE_URL', 'BUTLR_AUDIENCE'];
const entries = (...keys: string[]): EnvEntry[] => keys.map((key, index) => ({ key, value: 'v', line: index + 1 }));
const suggestions = (...keys: string[]) => Object.fromEntries([...nearMisses(entries(...keys), KNOWN)].map(([meant, misses]) => [meant, misses.map((miss) => miss.entry.key)]));

describe('editDistance', () => {
  it.each([
    ['', '', 0],
    ['SECRET', 'SECRET', 0],
    ['SECERT', 'SECRET', 1],
    ['SECRT', 'SECRET', 1],
    ['BUTLER', 'BUTLR', 1],
    ['kitten', 'sitting', 3],
  ])('%s → %s is %i', (a, b, distance) => {
    expect(editDistance(a, b)).toBe(distance);
    expect(editDistance(b, a)).toBe(distance);
  });
});

describe('nearMisses', () => {
  it('takes a key a word short, long or changed for the Butlr variable it resembles', () => {
    expect(suggestions('BUTLR_SECRET', 'BUTLR_ID', 'BUTLR_URL')).toEqual({ BUTLR_CLIENT_SECRET: ['BUTLR_SECRET'], BUTLR_CLIENT_ID: ['BUTLR_ID'], BUTLR_BASE_URL: ['BUTLR_URL'] });
    expect(suggestions('BUTLR_API_URL')).toEqual({ BUTLR_BASE_URL: ['BUTLR_API_URL'] });
  });

  it('takes typos and another case for the variable they spell', () => {
    expect(suggestions('BUTLER_CLIENT_ID', 'BUTLR_CLIENT_SECERT', 'butlr_audience')).toEqual({
      BUTLR_CLIENT_ID: ['BUTLER_CLIENT_ID'],
      BUTLR_CLIENT_SECRET: ['BUTLR_CLIENT_SECERT'],
      BUTLR_AUDIENCE: ['butlr_audience'],
    });
  });

  it('says so in words, with the key as the file spells it', () => {
    const [miss] = nearMisses(entries('# not an entry', 'BUTLR_SECRET'), KNOWN).get('BUTLR_CLIENT_SECRET') ?? [];
    expect(miss).toMatchObject({ entry: { key: 'BUTLR_SECRET', line: 2 }, meant: 'BUTLR_CLIENT_SECRET', message: 'unknown key BUTLR_SECRET — did you mean BUTLR_CLIENT_SECRET?' });
  });

  it('never suggests a variable the file already sets, nor takes one known variable for another', () => {
    expect(suggestions('BUTLR_CLIENT_SECRET', 'BUTLR_SECRET', 'BUTLR_CLIENT_ID', 'BUTLR_BASE_URL', 'BUTLR_AUDIENCE')).toEqual({});
    expect(suggestions('BUTLR_CLIENT_ID')).toEqual({});
  });

  it('leaves other tools’ variables alone, even when they share words with ours', () => {
    expect(suggestions('BASE_URL', 'CLIENT_ID', 'SECRET', 'AUDIENCE', 'URL', 'DATABASE_URL', 'NEXT_PUBLIC_BUTLR_URL', 'BUTLR_ORG_NAME_X')).toEqual({});
  });

  it('gives an unknown key to the one variable it is closest to', () => {
    // One word from both client variables: the table's first, the ID, wins the tie.
    expect(suggestions('BUTLR_CLIENT')).toEqual({ BUTLR_CLIENT_ID: ['BUTLR_CLIENT'] });
    expect(suggestions('BUTLR_CLIENT_SECRT')).toEqual({ BUTLR_CLIENT_SECRET: ['BUTLR_CLIENT_SECRT'] });
  });
});
