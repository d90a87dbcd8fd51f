// Renders the figures as one Markdown table: readable in a terminal and pasted as-is into the README.
import type { Figure, Target, Unit } from './figure';

function formatValue(value: number, unit: Unit): string {
  if (unit === 'B') return `${Math.round(value).toLocaleString('en')} B`;
  if (unit === 'kB') return `${value.toFixed(1)} kB`;
  if (unit === 'rows') return `${Math.round(value)} rows`;
  const digits = Math.abs(value) >= 100 ? 0 : Math.abs(value) >= 10 ? 1 : 2;
  return `${value.toFixed(digits)} ms`;
}

function formatRatio(value: number): string {
  return value >= 100 ? `${Math.round(value).toLocaleString('en')}×` : `${value.toFixed(value >= 10 ? 1 : 3)}×`;
}

function formatTarget(target: Target, unit: Unit): string {
  switch (target.kind) {
    case 'added-below':
      return `added < ${formatValue(target.value, unit)}`;
    case 'ratio-at-most':
      return target.value < 1 ? `≥ ${(1 / target.value).toFixed(0)}× better (ratio ≤ ${target.value})` : `ratio ≤ ${target.value}`;
    case 'ours-below':
      return `< ${formatValue(target.value, unit)}`;
    case 'ours-at-most':
      return `≤ ${formatValue(target.value, unit)}`;
    case 'ours-at-least':
      return `≥ ${formatValue(target.value, unit)}`;
    case 'holds':
      return target.text;
  }
}

function formatAdded(figure: Figure): string {
  const sign = figure.added >= 0 ? '+' : '−';
  return `${sign}${formatValue(Math.abs(figure.added), figure.unit)} / ${formatRatio(figure.ratio)}`;
}

const RESULT = { true: 'pass', false: '**FAIL**', null: 'info' } as const;

export function renderTable(figures: readonly Figure[]): string {
  const header = ['figure', 'ours (median)', 'baseline (median)', 'added / ratio', 'target', 'result'];
  const rows = figures.map((figure) => [
    figure.label,
    `${formatValue(figure.ours.median, figure.unit)}${figure.ours.n > 1 ? ` (p95 ${formatValue(figure.ours.p95, figure.unit)}, n=${figure.ours.n})` : ''}`,
    `${formatValue(figure.baseline.median, figure.unit)} — ${figure.baseline.label}`,
    formatAdded(figure),
    figure.targets.length === 0 ? '—' : figure.targets.map((target) => formatTarget(target, figure.unit)).join('; '),
    RESULT[`${figure.pass}`],
  ]);
  const line = (cells: readonly string[]): string => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}
