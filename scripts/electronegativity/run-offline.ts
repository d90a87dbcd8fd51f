// Runs Doyensec's Electronegativity in-process with its two network calls cut off, so a scan needs no network and gives the same answer offline.
import Module, { createRequire } from 'node:module';

export interface Finding {
  readonly id: string;
  /** Relative to the scanned folder, or "N/A" for a global finding about the app as a whole. */
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly severity: string;
  readonly confidence: string;
  readonly manualReview: boolean;
  readonly description: string;
  readonly sample?: string;
}

export interface ScanResult {
  readonly checks: number;
  readonly findings: readonly Finding[];
  /** Files the scanner could not parse; `tolerable` ones were still checked. */
  readonly parseErrors: readonly { readonly file: string; readonly message: string; readonly tolerable: boolean }[];
}

interface RawIssue {
  id: string;
  file: string;
  location: { line: number; column: number };
  severity: { name: string };
  confidence: { name: string };
  manualReview?: boolean;
  description: string;
  sample?: string;
}

type Runner = (options: Record<string, unknown>, forCli: boolean) => Promise<{ globalChecks: number; atomicChecks: number; errors: ScanResult['parseErrors']; issues: RawIssue[] }>;

const requireTool = createRequire(createRequire(import.meta.url).resolve('@doyensec/electronegativity/package.json'));

/**
 * The tool fetches fresh translations from a cloud bucket on every run, and one global check downloads Electron's
 * release list. Both go through `got`; answering from here keeps the scan offline and deterministic.
 */
function cutOffNetwork(): void {
  const gotPath = requireTool.resolve('got');
  const offline = new Module(gotPath);
  const noAnswer = async () => ({ statusCode: 204, body: '' });
  offline.exports = Object.assign(noAnswer, { default: noAnswer });
  offline.loaded = true;
  requireTool.cache[gotPath] = offline;
}

/** The checks left out, each with the reason; everything else the tool knows runs. */
export const EXCLUDED_CHECKS: Readonly<Record<string, string>> = {
  // Needs Electron's release notes from the network; Dependabot and `npm audit` watch the Electron version instead.
  AvailableSecurityFixesGlobalCheck: 'downloads the Electron release list',
  // Feeds the check above, which would drop it from the results; on its own its one "finding" is the Electron version.
  ElectronVersionJSONCheck: 'only reports the Electron version, for the check above',
};

export async function scanOffline(folder: string, electronVersion: string): Promise<ScanResult> {
  cutOffNetwork();
  const run = requireTool('./dist/runner.js') as Runner;
  const result = await run(
    {
      input: folder,
      customScan: [],
      excludeFromScan: Object.keys(EXCLUDED_CHECKS).map((name) => name.toLowerCase()),
      electronVersionOverride: electronVersion,
      parserPlugins: [],
      isRelative: true,
    },
    false,
  );
  return {
    checks: result.globalChecks + result.atomicChecks,
    parseErrors: result.errors,
    findings: result.issues.map((issue) => ({
      id: issue.id,
      file: issue.file,
      line: issue.location.line,
      column: issue.location.column,
      severity: issue.severity.name,
      confidence: issue.confidence.name,
      manualReview: Boolean(issue.manualReview),
      description: issue.description,
      ...(issue.sample ? { sample: issue.sample.trim().slice(0, 200) } : {}),
    })),
  };
}
