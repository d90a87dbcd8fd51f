// npm run coverage's table: which row a file counts in, the sums, and the renderer files worth a test first.
import { describe, expect, it } from 'vitest';
import { folderOf, folderTable, leastCovered, type LineCount } from '../../../../scripts/coverage/folder-table';

describe('the coverage table', () => {
  it('puts shared/ in one row, electron/core in a row per feature, the shell in one, and anything else in its folder', () => {
    expect(folderOf('shared/ipc/contract.ts')).toBe('shared');
    expect(folderOf('electron/core/tokens/token-client.ts')).toBe('electron/core/tokens');
    expect(folderOf('electron/core/app-core.ts')).toBe('electron/core');
    expect(folderOf('electron/shell/tray/tray.ts')).toBe('electron/shell');
    expect(folderOf('electron/main.ts')).toBe('electron');
    expect(folderOf('renderer/src/components/board.tsx')).toBe('renderer/src/components');
  });

  it('sums each row, all of renderer/src, and the total', () => {
    const files = new Map<string, LineCount>([
      ['renderer/src/ticker.ts', { total: 10, covered: 9 }],
      ['renderer/src/components/board.tsx', { total: 30, covered: 15 }],
      ['shared/expiry.ts', { total: 20, covered: 20 }],
      ['shared/ipc/contract.ts', { total: 0, covered: 0 }],
    ]);
    const rows = folderTable(files).split('\n').map((line) => line.trim().split(/\s{2,}/));
    expect(rows).toContainEqual(['renderer/src', '9/10', '90.0']);
    expect(rows).toContainEqual(['renderer/src/components', '15/30', '50.0']);
    expect(rows).toContainEqual(['shared', '20/20', '100.0']);
    expect(rows).toContainEqual(['renderer/src, all', '24/40', '60.0']);
    expect(rows.at(-1)).toEqual(['total', '44/60', '73.3']);
  });

  it('names the renderer files with the most lines unrun first, and leaves out the ones fully run', () => {
    const files = new Map<string, LineCount>([
      ['renderer/src/a.ts', { total: 10, covered: 8 }],
      ['renderer/src/b.tsx', { total: 40, covered: 30 }],
      ['renderer/src/c.ts', { total: 5, covered: 5 }],
      ['shared/d.ts', { total: 50, covered: 0 }],
    ]);
    expect(leastCovered(files, 'renderer/src/', 5)).toEqual(['renderer/src/b.tsx  10 lines unrun (75.0%)', 'renderer/src/a.ts  2 lines unrun (80.0%)']);
  });
});
