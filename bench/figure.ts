// One line of the bench table: a figure measured beside its baseline, its added amount and ratio, and whether it meets its target.
import { ratio, summarize, type Summary } from './stats';

export type Unit = 'ms' | 'kB' | 'B' | 'rows';

/** What a figure must meet. `holds` is a yes/no check made during the run (for example: profiles.json untouched). */
export type Target =
  | { readonly kind: 'added-below'; readonly value: number }
  | { readonly kind: 'ratio-at-most'; readonly value: number }
  | { readonly kind: 'ours-below'; readonly value: number }
  | { readonly kind: 'ours-at-most'; readonly value: number }
  /** For a count where more is better (rows a window shows). */
  | { readonly kind: 'ours-at-least'; readonly value: number }
  | { readonly kind: 'holds'; readonly holds: boolean; readonly text: string };

export interface Figure {
  /** Stable key, used by bench/thresholds.json. */
  readonly id: string;
  readonly label: string;
  readonly unit: Unit;
  readonly ours: Summary;
  readonly baseline: Summary & { readonly label: string };
  /** ours − baseline, at the median. */
  readonly added: number;
  /** ours ÷ baseline, at the median. */
  readonly ratio: number;
  readonly targets: readonly Target[];
  /** null when the figure has no target: it is reported for the record. */
  readonly pass: boolean | null;
  readonly extra?: Readonly<Record<string, unknown>>;
}

export interface FigureInput {
  readonly id: string;
  readonly label: string;
  readonly unit: Unit;
  readonly ours: readonly number[];
  readonly baseline: readonly number[];
  readonly baselineLabel: string;
  readonly targets?: readonly Target[];
  readonly extra?: Readonly<Record<string, unknown>>;
}

function meets(target: Target, ours: number, added: number, ratioValue: number): boolean {
  switch (target.kind) {
    case 'added-below':
      return added < target.value;
    case 'ratio-at-most':
      return ratioValue <= target.value;
    case 'ours-below':
      return ours < target.value;
    case 'ours-at-most':
      return ours <= target.value;
    case 'ours-at-least':
      return ours >= target.value;
    case 'holds':
      return target.holds;
  }
}

export function makeFigure({ id, label, unit, ours, baseline, baselineLabel, targets = [], extra }: FigureInput): Figure {
  const oursSummary = summarize(ours);
  const baselineSummary = summarize(baseline);
  const added = oursSummary.median - baselineSummary.median;
  const ratioValue = ratio(oursSummary.median, baselineSummary.median);
  const pass = targets.length === 0 ? null : targets.every((target) => meets(target, oursSummary.median, added, ratioValue));
  return {
    id,
    label,
    unit,
    ours: oursSummary,
    baseline: { ...baselineSummary, label: baselineLabel },
    added,
    ratio: ratioValue,
    targets,
    pass,
    ...(extra ? { extra } : {}),
  };
}
