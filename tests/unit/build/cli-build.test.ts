// The built butlr-cred: one executable file that needs nothing but Node's own modules, named in package.json's bin.
import { execFile } from 'node:child_process';
import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { builtinModules } from 'node:module';
import { assertBuilt, CLI_BUNDLE } from '../../electron/built-bundles';

const ROOT = resolve(import.meta.dirname, '../../..');

describe('out/cli/butlr-cred.mjs', () => {
  it('is what package.json’s bin names, so `npx butlr-cred` runs it from the repo', async () => {
    const packageJson = JSON.parse(await readFile(resolve(ROOT, 'package.json'), 'utf8')) as { bin: Record<string, string> };
    expect(resolve(ROOT, packageJson.bin['butlr-cred']!)).toBe(CLI_BUNDLE);
  });

  it('is one executable file with a node shebang that imports only Node’s built-in modules', async () => {
    assertBuilt(CLI_BUNDLE);
    const text = await readFile(CLI_BUNDLE, 'utf8');
    expect(text.startsWith('#!/usr/bin/env node\n')).toBe(true);
    expect((await stat(CLI_BUNDLE)).mode & 0o111).toBe(0o111);
    const imported = [...text.matchAll(/^import\s.*?from\s+["']([^"']+)["']/gm), ...text.matchAll(/\bimport\(\s*["']([^"']+)["']\s*\)|\brequire\(\s*["']([^"']+)["']\s*\)/g)].map((match) => match[1] ?? match[2]);
    expect(imported.length).toBeGreaterThan(0);
    for (const specifier of imported) expect(builtinModules.includes(specifier!.replace(/^node:/, '')), specifier).toBe(true);
  });

  it('runs with plain node, outside the repo’s node_modules', async () => {
    const { stdout } = await promisify(execFile)(process.execPath, [CLI_BUNDLE, '--version'], { cwd: '/' });
    const { version } = JSON.parse(await readFile(resolve(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(stdout).toBe(`butlr-cred ${version}\n`);
  });
});
