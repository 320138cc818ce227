import { describe, expect, it } from 'vitest';
import { formatTable, percentile, ratioOf, summarize } from '../../bench/percentiles';

describe('bench percentiles', () => {
  it('uses the nearest rank', () => {
    const values = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(values, 0.5)).toBe(50);
    expect(percentile(values, 0.95)).toBe(95);
    expect(percentile(values, 0.99)).toBe(99);
    expect(percentile([7], 0.99)).toBe(7);
    expect(percentile([], 0.5)).toBeNaN();
  });

  it('summarizes unsorted samples with unit and count', () => {
    expect(summarize([30, 10, 20], 'ms')).toEqual({ unit: 'ms', n: 3, p50: 20, p95: 30, p99: 30 });
  });

  it('compares two metrics percentile by percentile', () => {
    const ratio = ratioOf(summarize([200, 240], 'ms'), summarize([250, 300, 400], 'ms'));
    expect(ratio).toEqual({ unit: 'ratio', n: 2, p50: 0.667, p95: 0.6, p99: 0.6 });
  });

  it('prints one row per metric', () => {
    const table = formatTable({ join_to_first_frame_ms: summarize([1, 2], 'ms') });
    expect(table.split('\n')).toHaveLength(3);
    expect(table).toContain('join_to_first_frame_ms');
  });
});
