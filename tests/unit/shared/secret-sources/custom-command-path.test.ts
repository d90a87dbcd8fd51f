// A custom command's program must be a path on this computer: never a network share, which Windows would connect to (and
// offer the person's credentials) just to run it, and which a team file could propose.
import { describe, expect, it } from 'vitest';
import { isLocalAbsolutePath, secretReferenceSchema } from '../../../../shared/secret-sources/secret-presets';

describe('a custom command’s program', () => {
  it.each(['/usr/local/bin/get-secret', 'C:\\Tools\\get-secret.exe', 'd:/tools/get-secret.exe'])('takes the local absolute path %s', (path) => {
    expect(isLocalAbsolutePath(path)).toBe(true);
    expect(secretReferenceSchema.safeParse({ preset: 'custom', executable: path, args: [] }).success).toBe(true);
  });

  it.each(['\\\\attacker\\share\\x.exe', '//attacker/share/x.exe', '\\\\?\\UNC\\attacker\\share\\x.exe', '\\\\.\\pipe\\x', 'get-secret', 'C:get-secret.exe', './get-secret'])(
    'refuses %s, saying to give a path on this computer',
    (path) => {
      expect(isLocalAbsolutePath(path)).toBe(false);
      const parsed = secretReferenceSchema.safeParse({ preset: 'custom', executable: path, args: [] });
      expect(parsed.success).toBe(false);
      expect(parsed.error?.issues[0]?.message).toBe('Give the program’s absolute path on this computer, e.g. /usr/local/bin/get-secret or C:\\Tools\\get-secret.exe (not a network share).');
    },
  );
});
