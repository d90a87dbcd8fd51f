// Long client IDs and usernames shortened in the middle, keeping the start and the end where they differ.
import { describe, expect, it } from 'vitest';
import { middleEllipsis } from '../../../renderer/src/middle-ellipsis';

describe('middleEllipsis', () => {
  it('leaves a value that fits as it is', () => {
    expect(middleEllipsis('demo-client', 24)).toBe('demo-client');
    expect(middleEllipsis('x'.repeat(24), 24)).toBe('x'.repeat(24));
  });

  it('keeps the start and the end of a longer one, at exactly the limit', () => {
    const shortened = middleEllipsis('integration-client-7f3a9c21e5b04d68', 24);
    expect(shortened).toBe('integration-…c21e5b04d68');
    expect(shortened).toHaveLength(24);
    expect(middleEllipsis('someone.with.a.long.name@example.com', 20)).toBe('someone.wi…ample.com');
  });

  it('counts characters, not UTF-16 units, so it never splits one', () => {
    expect(middleEllipsis('🔑'.repeat(30), 5)).toBe('🔑🔑…🔑🔑');
  });
});
