// The custom commands a person allowed on Test, held for a Save of exactly them: one-time, bound to the command and the
// sign-in identity, for ten minutes, at most eight at once.
import { describe, expect, it } from 'vitest';
import { ALLOWED_COMMAND_TTL_MS, createAllowedCommands, MAX_ALLOWED_COMMANDS } from '../../../../../electron/core/secret-sources/allowed-commands';
import type { SignInIdentity } from '../../../../../electron/core/profiles/sign-in-identity';
import type { SecretReference } from '../../../../../shared/secret-sources/secret-presets';

const identity = { kind: 'client_credentials', baseUrl: 'https://api.butlr.io', clientId: 'team-client', audience: 'https://butlrauth/' } as SignInIdentity;
const command: SecretReference = { preset: 'custom', executable: '/usr/local/bin/get-secret', args: ['--item', 'Butlr'] };

describe('allowed commands', () => {
  it('lets exactly the allowed command and identity through, once', () => {
    const allowed = createAllowedCommands({ now: () => 0 });
    const handle = allowed.keep(identity, command);
    expect(handle).toMatch(/^[A-Za-z0-9_-]{43}$/);
    // A profile carrying more than its identity (a name, notes) is the same identity.
    expect(allowed.claim(handle, { ...identity, name: 'Renamed' } as unknown as SignInIdentity, command)).toBe(true);
    expect(allowed.claim(handle, identity, command)).toBe(false);
  });

  it('refuses, and spends the handle, for any other argument, program, server or identity', () => {
    const allowed = createAllowedCommands({ now: () => 0 });
    const others: [SignInIdentity, SecretReference][] = [
      [identity, { ...command, args: ['--item', 'Butlr', '--more'] }],
      [identity, { ...command, args: ['--item Butlr'] }],
      [identity, { ...command, executable: '/tmp/get-secret' }],
      [{ ...identity, baseUrl: 'https://collector.example' }, command],
      [{ ...identity, audience: 'https://butlrauth/eu/' } as SignInIdentity, command],
      [{ ...identity, clientId: 'other' } as SignInIdentity, command],
    ];
    for (const [otherIdentity, otherCommand] of others) {
      const handle = allowed.keep(identity, command);
      expect(allowed.claim(handle, otherIdentity, otherCommand)).toBe(false);
      expect(allowed.claim(handle, identity, command)).toBe(false);
    }
    expect(allowed.claim('A'.repeat(43), identity, command)).toBe(false);
  });

  it('forgets after ten minutes, and keeps only the newest eight', () => {
    let now = 0;
    const allowed = createAllowedCommands({ now: () => now });
    const late = allowed.keep(identity, command);
    now += ALLOWED_COMMAND_TTL_MS;
    expect(allowed.claim(late, identity, command)).toBe(false);
    const handles = Array.from({ length: MAX_ALLOWED_COMMANDS + 1 }, () => allowed.keep(identity, command));
    expect(allowed.claim(handles[0]!, identity, command)).toBe(false);
    expect(handles.slice(1).every((handle) => allowed.claim(handle, identity, command))).toBe(true);
  });
});
