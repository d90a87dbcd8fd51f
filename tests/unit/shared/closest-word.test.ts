// The suggestion for a mistyped command or option: close enough to be meant, and only one such word.
import { describe, expect, it } from 'vitest';
import { closestWord } from '../../../shared/edit-distance';

const COMMANDS = ['list', 'token', 'exec', 'env'];

describe('closestWord', () => {
  it.each([
    ['tokn', 'token'],
    ['toekn', 'token'],
    ['lsit', 'list'],
    ['LIST', 'list'],
    ['exce', 'exec'],
    ['evn', 'env'],
  ])('takes %s for %s', (typed, meant) => {
    expect(closestWord(typed, COMMANDS)).toBe(meant);
  });

  it.each(['frobnicate', 'ls', 'x', 'tokens-please', ''])('suggests nothing for %j, which is no near miss', (typed) => {
    expect(closestWord(typed, COMMANDS)).toBeNull();
  });

  it('suggests nothing when two words are equally close', () => {
    expect(closestWord('cat', ['bat', 'hat'])).toBeNull();
  });

  it('allows two edits in longer words, such as options', () => {
    expect(closestWord('min-valdity', ['min-validity', 'format'])).toBe('min-validity');
    expect(closestWord('formt', ['min-validity', 'format'])).toBe('format');
  });

  it('does not look for a typo in what is longer than any name, so a hostile query costs nothing', () => {
    expect(closestWord('a'.repeat(101), ['a'.repeat(100)])).toBeNull();
    expect(closestWord(`${'a'.repeat(99)}b`, ['a'.repeat(100)])).toBe('a'.repeat(100));
  });
});
