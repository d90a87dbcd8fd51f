// Messages about one profile start with its name; where the name is said already, the rest can be had without it.
import { describe, expect, it } from 'vitest';
import { aboutProfile, withoutProfileName } from '../../../shared/profile-message';

describe('aboutProfile', () => {
  it('puts the quoted name first', () => {
    expect(aboutProfile('Staging HQ', 'token copied.')).toBe('“Staging HQ”: token copied.');
  });

  it('takes the name off again only where it leads', () => {
    expect(withoutProfileName('Staging HQ', '“Staging HQ”: Butlr is busy.')).toBe('Butlr is busy.');
    expect(withoutProfileName('Staging HQ', '“Production”: Butlr is busy.')).toBe('“Production”: Butlr is busy.');
    expect(withoutProfileName('Staging HQ', 'Butlr is busy. “Staging HQ”: ')).toBe('Butlr is busy. “Staging HQ”: ');
  });
});
