// Nearest-rank percentiles and the bench-results.json record shape shared by every metric.
export interface MetricSummary {
  unit: string;
  n: number;
  p50: number;
  p95: number;
  p99: number;
}

export function percentile(sortedValues: readonly number[], fraction: number): number {
  if (sortedValues.length === 0) return Number.NaN;
  const rank = Math.ceil(fraction * sortedValues.length);
  return sortedValues[Math.min(sortedValues.length, Math.max(1, rank)) - 1] as number;
}

export function summarize(values: readonly number[], unit: string): MetricSummary {
  const sorted = [...values].sort((a, b) => a - b);
  const round = (value: number): number => Math.round(value * 100) / 100;
  return {
    unit,
    n: sorted.length,
    p50: round(percentile(sorted, 0.5)),
    p95: round(percentile(sorted, 0.95)),
    p99: round(percentile(sorted, 0.99)),
  };
}

/** Parley's figure over its peer's, percentile by percentile (below 1: Parley is faster). */
export function ratioOf(ours: MetricSummary, theirs: MetricSummary): MetricSummary {
  const round = (value: number): number => Math.round(value * 1000) / 1000;
  return {
    unit: 'ratio',
    n: Math.min(ours.n, theirs.n),
    p50: round(ours.p50 / theirs.p50),
    p95: round(ours.p95 / theirs.p95),
    p99: round(ours.p99 / theirs.p99),
  };
}

export function formatTable(results: Record<string, MetricSummary>): string {
  const rows = Object.entries(results).map(([name, m]) => [name, m.unit, String(m.n), String(m.p50), String(m.p95), String(m.p99)]);
  const header = ['metric', 'unit', 'n', 'p50', 'p95', 'p99'];
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)));
  const line = (cells: string[]): string => cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  ');
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join('\n');
}
