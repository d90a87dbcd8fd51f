// Finding a vendor CLI: on PATH first, then in the folders a GUI app's PATH leaves out; an absolute path either way.
import { describe, expect, it } from 'vitest';
import { findExecutable } from '../../../../../electron/core/secret-sources/executable-lookup';
import { createFakeSecretManagers } from '../../../../fixtures/fake-secret-managers';

describe('findExecutable', () => {
  it('finds a CLI on PATH, as an absolute path that can be run', async () => {
    const fakes = await createFakeSecretManagers();
    try {
      expect(findExecutable('op', { env: { PATH: `relative/bin:${fakes.bin}` }, platform: 'linux' })).toBe(fakes.path('op'));
      // Not executable (the mode file), or not there.
      expect(findExecutable('op.mode', { env: { PATH: fakes.bin }, platform: 'linux', isExecutable: () => false })).toBeNull();
    } finally {
      await fakes.remove();
    }
  });

  it('looks in Homebrew’s and the usual folders a GUI app’s PATH lacks', () => {
    const seen: string[] = [];
    const found = findExecutable('op', {
      env: { PATH: '/usr/bin:/bin', HOME: '/Users/team' },
      platform: 'darwin',
      isExecutable: (path) => {
        seen.push(path);
        return path === '/opt/homebrew/bin/op';
      },
    });
    expect(found).toBe('/opt/homebrew/bin/op');
    expect(seen).toEqual(['/usr/bin/op', '/bin/op', '/opt/homebrew/bin/op']);
  });

  it('ignores relative PATH entries, and answers null when the CLI is nowhere', () => {
    const seen: string[] = [];
    expect(findExecutable('doppler', { env: { PATH: '.:bin' }, platform: 'linux', isExecutable: (path) => seen.push(path) < 0 })).toBeNull();
    expect(seen.every((path) => path.startsWith('/'))).toBe(true);
    expect(seen).toContain('/usr/local/bin/doppler');
  });
});
