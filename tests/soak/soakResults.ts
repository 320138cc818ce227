// The soak's figures: each a value with its unit and, where the issue sets one, the goal it must
// meet. formatSoakTable prints them; soak-results.json holds the same records.
import { percentile } from '../bench/percentiles';

export interface SoakFigure {
  value: number;
  unit: string;
  /** e.g. "= 0" or "<= 5000"; absent for figures that only describe the run. */
  goal?: string;
  /** Whether the goal was met (absent without a goal). */
  met?: boolean;
}

export type SoakFigures = Record<string, SoakFigure>;

export function figure(value: number, unit: string): SoakFigure {
  return { value: Math.round(value * 100) / 100, unit };
}

export function mustEqual(value: number, unit: string, expected: number): SoakFigure {
  return { ...figure(value, unit), goal: `= ${expected}`, met: value === expected };
}

export function atMost(value: number, unit: string, limit: number): SoakFigure {
  return { ...figure(value, unit), goal: `<= ${limit}`, met: value <= limit };
}

/** p50, p95 and max of `values` as three figures named `<name>_p50` ... (p95 may carry a goal). */
export function spread(name: string, values: readonly number[], unit: string, p95Limit?: number): SoakFigures {
  const sorted = [...values].sort((a, b) => a - b);
  const p95 = percentile(sorted, 0.95);
  return {
    [`${name}_p50`]: figure(percentile(sorted, 0.5), unit),
    [`${name}_p95`]: p95Limit === undefined ? figure(p95, unit) : atMost(p95, unit, p95Limit),
    [`${name}_max`]: figure(sorted.at(-1) ?? Number.NaN, unit),
  };
}

export function formatSoakTable(figures: SoakFigures): string {
  const rows = Object.entries(figures).map(([name, f]) => [
    name,
    String(f.value),
    f.unit,
    f.goal ?? '',
    f.met === undefined ? '' : f.met ? 'ok' : 'FAILED',
  ]);
  const header = ['figure', 'value', 'unit', 'goal', ''];
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)));
  const line = (cells: string[]): string => cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  ').trimEnd();
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join('\n');
}
