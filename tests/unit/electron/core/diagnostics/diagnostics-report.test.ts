// The diagnostics report: its sections and wording, and that nothing of a profile, a host or a secret can reach it.
import { describe, expect, it } from 'vitest';
import { buildDiagnosticsReport, type DiagnosticsFacts } from '../../../../../electron/core/diagnostics/diagnostics-report';
import type { ErrorTallySnapshot } from '../../../../../electron/core/diagnostics/error-tally';

/** Local times, so the report's local clock reads the same in every time zone. */
const at = (day: number, hours: number, minutes: number): number => new Date(2026, 0, day, hours, minutes).getTime();
const NOW = at(15, 14, 3);

const noErrors: ErrorTallySnapshot = { since: at(15, 13, 40), failures: [], internalErrors: { count: 0, lastAt: null } };

function facts(overrides: Partial<DiagnosticsFacts> = {}): DiagnosticsFacts {
  return {
    generatedAt: NOW,
    appVersion: '0.1.0',
    versions: { electron: '45.3.4', chrome: '140.0.7339.133', node: '22.19.0' },
    os: { platform: 'linux', version: '6.1.0-18-amd64', arch: 'x64' },
    encryption: { available: true, backend: 'gnome_libsecret', weak: false },
    profiles: [{}, {}, {}],
    errors: noErrors,
    ...overrides,
  };
}

describe('buildDiagnosticsReport', () => {
  it('lists versions, OS, encryption, the profile count and the errors by code, the most recent first', () => {
    const report = buildDiagnosticsReport(
      facts({
        errors: {
          since: at(15, 13, 40),
          failures: [
            { code: 'rejected_credentials', count: 3, lastAt: at(15, 14, 2) },
            { code: 'network', count: 1, lastAt: at(15, 13, 58) },
          ],
          internalErrors: { count: 2, lastAt: at(15, 14, 1) },
        },
      }),
    );
    expect(report).toBe(
      [
        'Butlr Credentials diagnostics',
        'Made 2026-01-15 14:03 (local time). It names no profile, host, id, secret or token.',
        '',
        'App: Butlr Credentials 0.1.0',
        'Electron: 45.3.4',
        'Chrome: 140.0.7339.133',
        'Node: 22.19.0',
        'OS: Linux 6.1.0-18-amd64 (x64)',
        'Encryption: gnome_libsecret, available',
        'Profiles: 3',
        '',
        'Errors answered since 13:40, by code:',
        '  rejected_credentials ×3, last 14:02',
        '  network ×1, last 13:58',
        'Internal errors logged: 2, last 14:01 (stack traces in main.log: Help → Open logs folder)',
        '',
      ].join('\n'),
    );
  });

  it('says so when there were no errors', () => {
    const report = buildDiagnosticsReport(facts({ profiles: [] }));
    expect(report).toContain('Profiles: 0\n');
    expect(report).toContain('Errors answered since 13:40, by code:\n  none\nInternal errors logged: none\n');
  });

  it('dates a time from an earlier day', () => {
    const errors: ErrorTallySnapshot = { since: at(13, 9, 5), failures: [{ code: 'timeout', count: 1, lastAt: at(14, 23, 59) }], internalErrors: { count: 0, lastAt: null } };
    const report = buildDiagnosticsReport(facts({ errors }));
    expect(report).toContain('Errors answered since 2026-01-13 09:05, by code:\n  timeout ×1, last 2026-01-14 23:59\n');
  });

  it.each([
    [{ available: true, backend: 'basic_text', weak: true }, 'Encryption: basic_text, weak (obfuscated with a fixed key, no keyring)'],
    [{ available: false, backend: 'unknown', weak: false }, 'Encryption: unknown, unavailable (secrets cannot be saved)'],
    [{ available: true, backend: 'keychain', weak: false }, 'Encryption: keychain, available'],
  ])('describes the encryption %j', (encryption, line) => {
    expect(buildDiagnosticsReport(facts({ encryption })).split('\n')).toContain(line);
  });

  it('names macOS and Windows by their names', () => {
    expect(buildDiagnosticsReport(facts({ os: { platform: 'darwin', version: '14.2.1', arch: 'arm64' } }))).toContain('\nOS: macOS 14.2.1 (arm64)\n');
    expect(buildDiagnosticsReport(facts({ os: { platform: 'win32', version: '10.0.22631', arch: 'x64' } }))).toContain('\nOS: Windows 10.0.22631 (x64)\n');
  });

  it('lets nothing of a hostile profile, error or environment through: only counts, known codes and well-formed versions', () => {
    const secret = 'sk_live_5f2c9d1e8a7b';
    const profiles = [
      { id: '0b5e8f5c-3f0a-4d36-9d7e-3c1f8a0f2b11', name: secret, baseUrl: 'https://tenant-secret.example.com', clientId: 'client-7', clientSecret: secret, notes: 'password: hunter2' },
      { id: 'c0ffee00-0000-4000-8000-000000000000', name: 'Bearer eyJhbGciOi.payload.signature', baseUrl: 'http://127.0.0.1:8443' },
    ];
    const hostileCode = 'https://tenant-secret.example.com/' as never;
    const report = buildDiagnosticsReport(
      facts({
        appVersion: `1.0.0 ${secret}`,
        versions: { electron: 'https://tenant-secret.example.com', chrome: 'Bearer eyJhbGciOi', node: undefined },
        os: { platform: 'tenant-secret.example.com', version: 'hunter2 is the password', arch: 'x64; rm -rf' },
        encryption: { available: true, backend: 'Bearer eyJhbGciOi', weak: false },
        profiles,
        errors: {
          since: at(15, 13, 40),
          failures: [
            { code: 'rejected_credentials', count: 1, lastAt: at(15, 14, 2) },
            { code: hostileCode, count: 2, lastAt: at(15, 14, 0) },
            { code: secret as never, count: 1, lastAt: at(15, 13, 50) },
          ],
          internalErrors: { count: 0, lastAt: null },
        },
      }),
    );
    for (const value of [secret, 'tenant-secret', 'example.com', '127.0.0.1', '8443', 'hunter2', 'eyJhbGciOi', 'Bearer', 'client-7', 'rm -rf', '0b5e8f5c', 'c0ffee00']) {
      expect(report).not.toContain(value);
    }
    expect(report).toContain('\nProfiles: 2\n');
    expect(report).toContain('\n  rejected_credentials ×1, last 14:02\n  other ×3, last 14:00\n');
    expect(report).toContain('\nApp: Butlr Credentials unknown\nElectron: unknown\nChrome: unknown\nNode: unknown\nOS: unknown unknown (unknown)\nEncryption: unknown, available\n');
  });
});
