// `npm run lint:security`: Electronegativity over what ships, failing on any finding not suppressed in place with a reason.
import { cp, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { EXCLUDED_CHECKS, scanOffline, type Finding } from './electronegativity/run-offline';
import { findSuppressions, isJustified, MIN_REASON_LENGTH, type Suppression } from './electronegativity/suppressions';

const ROOT = resolve(import.meta.dirname, '..');
const RESULT_FILE = join(ROOT, 'test-results', 'electronegativity.json');

/**
 * What is scanned: the sources of everything bundled into out/ (the tool parses TypeScript, and only sources keep the
 * suppression comments, which the bundler strips), plus the one built file whose security content has no source form:
 * the page, with the CSP meta tag the build adds. The built renderer bundle is left out: the tool cannot parse it.
 */
const SOURCES = ['electron', 'shared', 'renderer', 'package.json'];
const BUILT_PAGE = 'out/renderer/index.html';
/** Generated files, and the sources that generate their security content: a suppression there covers the generated file. */
const GENERATED_FROM: Readonly<Record<string, readonly string[]>> = {
  [BUILT_PAGE]: ['electron/shell/content-security-policy.ts'],
};

async function stage(): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), 'butlr-electronegativity-'));
  for (const source of SOURCES) {
    await cp(join(ROOT, source), join(folder, source), { recursive: true, filter: (path) => !path.includes('node_modules') });
  }
  await mkdir(dirname(join(folder, BUILT_PAGE)), { recursive: true });
  await cp(join(ROOT, BUILT_PAGE), join(folder, BUILT_PAGE)).catch(() => {
    throw new Error(`${BUILT_PAGE} is missing: run \`npm run build\` first (\`npm run lint:security\` does it for you).`);
  });
  return folder;
}

async function suppressionsIn(folder: string): Promise<Suppression[]> {
  const files = (await readdir(folder, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile() && /\.(m?[jt]sx?|html?)$/.test(entry.name));
  const all: Suppression[] = [];
  for (const entry of files) {
    const path = join(entry.parentPath, entry.name);
    all.push(...findSuppressions(relative(folder, path), await readFile(path, 'utf8')));
  }
  return all;
}

/** A finding the tool kept because its file cannot carry a comment, covered by a justified suppression in the generating source. */
function coveredAtSource(finding: Finding, suppressions: readonly Suppression[]): Suppression | undefined {
  const sources = GENERATED_FROM[finding.file] ?? [];
  return suppressions.find((s) => sources.includes(s.file) && s.checkIds.includes(finding.id) && isJustified(s));
}

function describeFinding(finding: Finding): string {
  const where = finding.file === 'N/A' ? 'the app as a whole' : `${finding.file}:${finding.line}:${finding.column}`;
  return `${finding.id} (${finding.severity}, ${finding.confidence}${finding.manualReview ? ', review' : ''}) at ${where}\n    ${finding.description}${finding.sample ? `\n    > ${finding.sample}` : ''}`;
}

const started = Date.now();
const electronVersion = (createRequire(import.meta.url)('electron/package.json') as { version: string }).version;
const folder = await stage();
try {
  const scan = await scanOffline(folder, electronVersion);
  const suppressions = await suppressionsIn(folder);
  const unjustified = suppressions.filter((suppression) => !isJustified(suppression));
  const coveredFindings = scan.findings.filter((finding) => coveredAtSource(finding, suppressions));
  const findings = scan.findings.filter((finding) => !coveredAtSource(finding, suppressions));
  const unreadable = scan.parseErrors.filter((error) => !error.tolerable);

  await mkdir(dirname(RESULT_FILE), { recursive: true });
  await writeFile(RESULT_FILE, `${JSON.stringify({ electronVersion, checks: scan.checks, excludedChecks: EXCLUDED_CHECKS, findings, coveredFindings, suppressions, parseErrors: scan.parseErrors }, null, 2)}\n`);

  console.log(`Electronegativity: ${scan.checks} checks on ${SOURCES.join(', ')} and ${BUILT_PAGE} (Electron ${electronVersion}), offline, in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  for (const [check, reason] of Object.entries(EXCLUDED_CHECKS)) console.log(`  left out: ${check}: ${reason}`);
  for (const suppression of suppressions) {
    console.log(`  suppressed ${suppression.checkIds.join(', ')} at ${suppression.file}:${suppression.line}: ${suppression.reason || '(no reason given)'}`);
  }
  for (const finding of findings) console.error(`  FINDING ${describeFinding(finding)}`);
  for (const suppression of unjustified) {
    console.error(`  UNJUSTIFIED suppression at ${suppression.file}:${suppression.line}: add " -- <why>" (${MIN_REASON_LENGTH}+ characters) after the check ids.`);
  }
  for (const error of unreadable) console.error(`  UNREADABLE ${relative(folder, error.file)}: ${error.message}`);

  const failures = findings.length + unjustified.length + unreadable.length;
  console.log(failures === 0 ? 'Electronegativity: no open findings.' : `Electronegativity: ${failures} problem(s); details in ${relative(ROOT, RESULT_FILE)}.`);
  process.exitCode = failures === 0 ? 0 : 1;
} finally {
  await rm(folder, { recursive: true, force: true });
}
