// The plain-text report Help → Copy diagnostics puts on the clipboard: versions, OS, encryption, counts and error codes, no values.
import { errorCodes } from '../../../shared/app-error';
import type { EncryptionStatus } from '../../../shared/encryption-status';
import type { ErrorTallySnapshot } from './error-tally';

export interface DiagnosticsFacts {
  readonly generatedAt: number;
  readonly appVersion: string;
  /** `process.versions` as Electron fills it: `electron`, `chrome`, `node`. */
  readonly versions: { readonly electron?: string; readonly chrome?: string; readonly node?: string };
  readonly os: { readonly platform: string; readonly version: string; readonly arch: string };
  readonly encryption: EncryptionStatus;
  /** Only counted: nothing of a profile reaches the report. */
  readonly profiles: readonly unknown[];
  readonly errors: ErrorTallySnapshot;
}

const OS_NAMES: Readonly<Record<string, string>> = { darwin: 'macOS', win32: 'Windows', linux: 'Linux' };
/** `45.3.4`, `140.0.7339.133`, `6.1.0-18-amd64`, `10.0.22631`: a version, and nothing that could be a sentence or an address. */
const VERSION_SHAPE = /^[0-9][0-9A-Za-z.+_-]{0,39}$/;
/** `gnome_libsecret`, `kwallet6`, `x64`, `freebsd`. */
const WORD_SHAPE = /^[a-z][a-z0-9_]{0,31}$/;

/**
 * Every value is checked against the shape it should have before it is written, so even a caller that passes something
 * unexpected cannot put a name, a host or a secret into the report: what does not fit is written as "unknown".
 */
export function buildDiagnosticsReport(facts: DiagnosticsFacts): string {
  const { generatedAt, encryption, errors } = facts;
  const at = (time: number): string => formatTime(time, generatedAt);
  const failures = countedFailures(errors.failures);
  const internal = errors.internalErrors;
  const lines = [
    'Butlr Credentials diagnostics',
    `Made ${formatDate(generatedAt)} ${formatClock(generatedAt)} (local time). It names no profile, host, id, secret or token.`,
    '',
    `App: Butlr Credentials ${shaped(facts.appVersion, VERSION_SHAPE)}`,
    `Electron: ${shaped(facts.versions.electron, VERSION_SHAPE)}`,
    `Chrome: ${shaped(facts.versions.chrome, VERSION_SHAPE)}`,
    `Node: ${shaped(facts.versions.node, VERSION_SHAPE)}`,
    `OS: ${OS_NAMES[facts.os.platform] ?? shaped(facts.os.platform, WORD_SHAPE)} ${shaped(facts.os.version, VERSION_SHAPE)} (${shaped(facts.os.arch, WORD_SHAPE)})`,
    `Encryption: ${describeEncryption(encryption)}`,
    `Profiles: ${facts.profiles.length}`,
    '',
    `Errors answered since ${at(errors.since)}, by code:`,
    ...(failures.length === 0 ? ['  none'] : failures.map(({ code, count, lastAt }) => `  ${code} ×${count}, last ${at(lastAt)}`)),
    internal.count === 0 || internal.lastAt === null
      ? 'Internal errors logged: none'
      : `Internal errors logged: ${internal.count}, last ${at(internal.lastAt)} (stack traces in main.log: Help → Open logs folder)`,
  ];
  return `${lines.join('\n')}\n`;
}

function describeEncryption({ available, backend, weak }: EncryptionStatus): string {
  const name = shaped(backend, WORD_SHAPE);
  if (!available) return `${name}, unavailable (secrets cannot be saved)`;
  return weak ? `${name}, weak (obfuscated with a fixed key, no keyring)` : `${name}, available`;
}

/** The tally's entries, with anything that is not one of our codes folded into one "other" line. */
function countedFailures(entries: ErrorTallySnapshot['failures']): { code: string; count: number; lastAt: number }[] {
  const known = new Set<string>(errorCodes);
  const listed = entries.filter((entry) => known.has(entry.code) && Number.isInteger(entry.count) && Number.isFinite(entry.lastAt));
  const others = entries.filter((entry) => !listed.includes(entry));
  if (others.length === 0) return listed;
  const otherCount = others.reduce((sum, entry) => sum + (Number.isInteger(entry.count) ? entry.count : 1), 0);
  const otherLast = Math.max(...others.map((entry) => (Number.isFinite(entry.lastAt) ? entry.lastAt : 0)));
  return [...listed, { code: 'other', count: otherCount, lastAt: otherLast }];
}

function shaped(value: unknown, shape: RegExp): string {
  return typeof value === 'string' && shape.test(value) ? value : 'unknown';
}

const pad = (value: number): string => String(value).padStart(2, '0');
const formatDate = (time: number): string => {
  const date = new Date(time);
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
};
const formatClock = (time: number): string => {
  const date = new Date(time);
  return `${pad(date.getHours())}:${pad(date.getMinutes())}`;
};
/** `14:02` on the day the report is made, `2026-01-04 23:59` before it. */
function formatTime(time: number, today: number): string {
  return formatDate(time) === formatDate(today) ? formatClock(time) : `${formatDate(time)} ${formatClock(time)}`;
}
