// The security scan's moving parts: Electronegativity runs offline and finds a planted flaw; a suppression counts only with a reason.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scanOffline } from '../../../scripts/electronegativity/run-offline';
import { findSuppressions, isJustified } from '../../../scripts/electronegativity/suppressions';

const INSECURE_WINDOW = `import { BrowserWindow } from 'electron';
export const open = () => new BrowserWindow({ webPreferences: { nodeIntegration: true, contextIsolation: false, sandbox: false } });`;

let folder: string;

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'butlr-scan-test-'));
});

afterAll(() => rm(folder, { recursive: true, force: true }));

describe('scanOffline', () => {
  it('finds a window without context isolation or sandbox', async () => {
    await writeFile(join(folder, 'window.ts'), INSECURE_WINDOW);
    const { findings, parseErrors } = await scanOffline(folder, '45.0.0');
    expect(parseErrors).toEqual([]);
    expect(findings.map((finding) => finding.id)).toEqual(expect.arrayContaining(['CONTEXT_ISOLATION_JS_CHECK', 'SANDBOX_JS_CHECK']));
  });

  it('drops a finding suppressed on its own line, and only that one', async () => {
    const suppressed = INSECURE_WINDOW.replace('sandbox: false } });', 'sandbox: false } }); // eng-disable CONTEXT_ISOLATION_JS_CHECK -- a planted flaw for this test');
    await writeFile(join(folder, 'window.ts'), suppressed);
    const ids = (await scanOffline(folder, '45.0.0')).findings.map((finding) => finding.id);
    expect(ids).not.toContain('CONTEXT_ISOLATION_JS_CHECK');
    expect(ids).toContain('SANDBOX_JS_CHECK');
  });
});

describe('findSuppressions', () => {
  it('reads the check ids and the reason after " -- "', () => {
    const [suppression] = findSuppressions('a.ts', 'x();\nopen(url); // eng-disable OPEN_EXTERNAL_JS_CHECK SANDBOX_JS_CHECK -- only allow-listed URLs get here\n');
    expect(suppression).toEqual({ file: 'a.ts', line: 2, checkIds: ['OPEN_EXTERNAL_JS_CHECK', 'SANDBOX_JS_CHECK'], reason: 'only allow-listed URLs get here' });
    expect(isJustified(suppression!)).toBe(true);
  });

  it('reads block and HTML comments too', () => {
    expect(findSuppressions('a.ts', 'f(); /* eng-disable DANGEROUS_FUNCTIONS_JS_CHECK -- a constant string, never input */')[0]?.checkIds).toEqual(['DANGEROUS_FUNCTIONS_JS_CHECK']);
    expect(findSuppressions('a.html', '<meta> <!-- eng-disable CSP_GLOBAL_CHECK -->')[0]).toMatchObject({ checkIds: ['CSP_GLOBAL_CHECK'], reason: '' });
  });

  it('refuses a suppression with no reason or a token one', () => {
    for (const line of ['f(); // eng-disable SANDBOX_JS_CHECK', 'f(); // eng-disable SANDBOX_JS_CHECK -- ok', 'f(); // eng-disable SANDBOX_JS_CHECK --']) {
      const [suppression] = findSuppressions('a.ts', line);
      expect(suppression, line).toBeDefined();
      expect(isJustified(suppression!), line).toBe(false);
    }
  });

  it('ignores code that merely mentions the directive', () => {
    expect(findSuppressions('a.ts', "const word = 'eng-disable';")).toEqual([]);
  });
});
