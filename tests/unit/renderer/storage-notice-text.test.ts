// The storage banner's words for a damaged token file: the folder, where the copies went, and tokens counted as tokens.
import { describe, expect, it } from 'vitest';
import { describeStorageNotice } from '../../../renderer/src/storage-notice-text';

describe('a notice about the tokens folder', () => {
  it('names the folder, where its damaged files were moved, and counts tokens', () => {
    const movedTo = '/home/me/.config/Butlr Credentials/tokens.invalid-records-2025-05-06T09-30-00Z';
    expect(describeStorageNotice({ file: 'tokens/', movedTo, reason: 'invalid_records', kept: 1, dropped: 1 })).toBe(
      `tokens/ could not be read in full; the original was kept at ${movedTo}. 1 token was kept, 1 could not be read.`,
    );
  });
});
