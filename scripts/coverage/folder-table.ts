// Lines % per folder, so one number per part of the app (renderer, shared, each core feature, the shell) can be watched.
export interface LineCount {
  readonly total: number;
  readonly covered: number;
}

/** The row a repo-relative file counts in: shared/ as one, electron/core by feature, the shell as one, else its folder. */
export function folderOf(file: string): string {
  const parts = file.split('/');
  const folders = parts.slice(0, -1);
  if (parts[0] === 'shared') return 'shared';
  if (parts[0] === 'electron' && parts[1] === 'shell') return 'electron/shell';
  if (parts[0] === 'electron' && parts[1] === 'core') return folders.slice(0, 3).join('/');
  return folders.join('/') || '.';
}

const percent = ({ total, covered }: LineCount): string => (total === 0 ? '-' : ((100 * covered) / total).toFixed(1));

function add(sum: LineCount, count: LineCount): LineCount {
  return { total: sum.total + count.total, covered: sum.covered + count.covered };
}

/** A plain-text table: one row per folder, then all of renderer/src, then the total. */
export function folderTable(files: ReadonlyMap<string, LineCount>): string {
  const rows = new Map<string, LineCount>();
  let renderer: LineCount = { total: 0, covered: 0 };
  let total: LineCount = { total: 0, covered: 0 };
  for (const [file, count] of [...files].sort(([a], [b]) => a.localeCompare(b))) {
    const folder = folderOf(file);
    rows.set(folder, add(rows.get(folder) ?? { total: 0, covered: 0 }, count));
    if (file.startsWith('renderer/src/')) renderer = add(renderer, count);
    total = add(total, count);
  }
  const lines: [string, LineCount][] = [...rows, ['renderer/src, all', renderer], ['total', total]];
  const width = Math.max(...lines.map(([name]) => name.length));
  const format = ([name, count]: [string, LineCount]) =>
    `${name.padEnd(width)}  ${`${count.covered}/${count.total}`.padStart(11)}  ${percent(count).padStart(6)}`;
  const rule = '-'.repeat(width + 21);
  return [`${'folder'.padEnd(width)}  ${'lines'.padStart(11)}  ${'%'.padStart(6)}`, rule, ...[...rows].map(format), rule, ...lines.slice(-2).map(format)].join('\n');
}

/** The renderer files that leave the most lines unrun: where a test would move the number most. */
export function leastCovered(files: ReadonlyMap<string, LineCount>, prefix: string, count: number): string[] {
  return [...files]
    .filter(([file, lines]) => file.startsWith(prefix) && lines.covered < lines.total)
    .sort(([, a], [, b]) => b.total - b.covered - (a.total - a.covered))
    .slice(0, count)
    .map(([file, lines]) => `${file}  ${lines.total - lines.covered} lines unrun (${percent(lines)}%)`);
}
