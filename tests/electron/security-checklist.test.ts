// The rest of the Electron security checklist, through the built main bundle under the stand-in: what main-bundle.test.ts does not cover.
import { execFile } from 'node:child_process';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ipcChannels } from '../../shared/ipc/channels';
import { createTempDataDir, type TempDataDir } from '../fixtures/temp-data-dir';
import { assertBuilt, MAIN_BUNDLE, PRELOAD_BUNDLE } from './built-bundles';

const STAND_IN = resolve(import.meta.dirname, 'stand-in');

interface ChecklistReport {
  webPreferences: Record<string, unknown>;
  windowOpen: Record<string, unknown>;
  openedExternal: string[];
  refusals: Record<string, { foreignSender: string; foreignFrame: string; noFrame: string; subFrame: string }>;
  ownOriginNavigationPrevented: boolean;
  laterContents: Record<string, unknown>;
  clipboard: string[];
}

let dataDir: TempDataDir;
let report: ChecklistReport;

beforeAll(async () => {
  assertBuilt(MAIN_BUNDLE, PRELOAD_BUNDLE);
  dataDir = await createTempDataDir();
  const { stdout } = await promisify(execFile)(process.execPath, ['--import', join(STAND_IN, 'register.mjs'), join(STAND_IN, 'probe-checklist.mjs'), MAIN_BUNDLE], {
    env: { ...process.env, BUTLR_DATA_DIR: dataDir.path },
  });
  const line = stdout.split('\n').find((text) => text.startsWith('CHECKLIST_REPORT '));
  if (!line) throw new Error(`The checklist probe printed no report:\n${stdout}`);
  report = JSON.parse(line.slice('CHECKLIST_REPORT '.length)) as ChecklistReport;
});

afterAll(() => dataDir?.remove());

describe('the Electron security checklist in the built main bundle', () => {
  it('opens only allow-listed https links in the browser, and never as a window of ours', () => {
    for (const [url, answer] of Object.entries(report.windowOpen)) expect(answer, url).toEqual({ action: 'deny' });
    expect(report.openedExternal).toEqual(['https://docs.butlr.io/guide', 'https://app.butlr.io/']);
  });

  it('refuses a foreign sender, a foreign frame, a frameless event and a sub-frame of our page on every contract channel', () => {
    expect(Object.keys(report.refusals).sort()).toEqual(Object.values(ipcChannels).sort());
    for (const [channel, refusal] of Object.entries(report.refusals)) {
      expect(refusal, channel).toEqual({ foreignSender: 'unknown_sender', foreignFrame: 'unknown_sender', noFrame: 'unknown_sender', subFrame: 'unknown_sender' });
    }
    expect(report.clipboard).toEqual([]);
  });

  it('denies navigation even to our own origin: the page never reloads itself elsewhere', () => {
    expect(report.ownOriginNavigationPrevented).toBe(true);
  });

  it('guards a web contents created after the window exactly like the window', () => {
    expect(report.laterContents).toEqual({
      willNavigatePrevented: true,
      willRedirectPrevented: true,
      willAttachWebviewPrevented: true,
      windowOpen: { action: 'deny' },
    });
  });

  it('turns off the remaining risky web preferences', () => {
    expect(report.webPreferences).toMatchObject({ experimentalFeatures: false, navigateOnDragDrop: false, disableBlinkFeatures: 'Auxclick' });
    expect(report.webPreferences).not.toHaveProperty('enableBlinkFeatures');
    expect(report.webPreferences).not.toHaveProperty('additionalArguments');
  });
});
