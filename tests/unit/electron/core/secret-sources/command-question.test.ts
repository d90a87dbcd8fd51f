// The words of main's dialog before a secret reference runs: the command, where its answer goes and as whom, with what a
// window or a file wrote made visible rather than able to reshape the text.
import { describe, expect, it } from 'vitest';
import { commandAllowed, commandDialogOptions, type CommandQuestion } from '../../../../../electron/core/secret-sources/command-question';
import { visibleText } from '../../../../../electron/core/visible-text';

const custom: CommandQuestion = { profileName: 'Team', command: "/usr/local/bin/get-secret read 'Butlr prod'", sendsTo: 'https://api.butlr.io', signsInAs: 'team-client', preset: null };

describe('commandDialogOptions', () => {
  it('names the command, the server the answer goes to and the identity, with Cancel as the default', () => {
    const options = commandDialogOptions(custom);
    expect(options).toMatchObject({ type: 'warning', title: 'Run a command for a secret?', message: '“Team” reads its secret by running this command:', buttons: ['Cancel', 'Run it'], defaultId: 0, cancelId: 0 });
    expect(options.detail.split('\n')).toEqual([
      "/usr/local/bin/get-secret read 'Butlr prod'",
      '',
      'Its answer is sent as the secret to https://api.butlr.io, signing in as team-client.',
      'It runs as you, without a shell, each time the profile signs in. Run it only if you know what it does and trust that server.',
    ]);
  });

  it('for a preset, says which manager, and that the server is not Butlr’s own', () => {
    const options = commandDialogOptions({ ...custom, preset: 'HashiCorp Vault', command: '/usr/bin/vault kv get -field=password secret/db', sendsTo: 'https://collector.example' });
    expect(options.title).toBe('Send a HashiCorp Vault secret to this server?');
    expect(options.message).toBe('“Team” reads its secret from HashiCorp Vault with this command:');
    expect(options.detail).toContain('Its answer is sent as the secret to https://collector.example, signing in as team-client. That is not Butlr’s own server (https://api.butlr.io).');
  });

  it('shows line breaks and bidirectional overrides as escapes, so a name or an argument cannot fake the dialog’s own words', () => {
    const options = commandDialogOptions({ ...custom, profileName: 'Team\n\nIt is safe', command: '/usr/bin/tool \u202eexe.lmth' });
    expect(options.message).toBe('“Team\\u{a}\\u{a}It is safe” reads its secret by running this command:');
    expect(options.detail.split('\n')[0]).toBe('/usr/bin/tool \\u{202e}exe.lmth');
  });

  it('cuts what is too long to read', () => {
    expect(commandDialogOptions({ ...custom, command: `/bin/x ${'a'.repeat(2000)}` }).detail.split('\n')[0]).toHaveLength(600);
    expect(visibleText('abcdef', 4)).toBe('abc…');
  });

  it('takes only Run it as a yes', () => {
    expect([0, 1, 2, -1].map(commandAllowed)).toEqual([false, true, false, false]);
  });
});
