import type { Timing } from './measure';

export interface Entry extends Timing {
  name: string;
  cases: number;
  baseline_p95_ms?: number;
}

/** DESIGN.md's targets, as p95 in milliseconds. */
const TARGETS: Record<string, { p95: number; label: string }> = {
  search_zh_3char: { p95: 20, label: '< 20 ms, ≤ 2× SQL' },
  search_en_word: { p95: 20, label: '< 20 ms, ≤ 2× SQL' },
  search_customer: { p95: 20, label: '< 20 ms, ≤ 2× SQL' },
  search_request_number: { p95: 20, label: '< 20 ms, ≤ 2× SQL' },
  list_first_page: { p95: 10, label: '< 10 ms' },
  list_filtered_page: { p95: 10, label: '< 10 ms' },
  list_due_sorted: { p95: 10, label: '< 10 ms' },
  event_append: { p95: 2, label: '< 2 ms (fsync)' },
  customer_import: { p95: 10_000, label: '100k rows < 10 s' },
  handover: { p95: 100, label: '< 100 ms' },
};

const ms = (n: number) => (n >= 100 ? n.toFixed(0) : n.toFixed(2));

export function markdownReport(entries: Entry[]): string {
  const lines = [
    '| benchmark | cases | p50 ms | p95 ms | max ms | SQL baseline p95 ms | ratio | target | met |',
    '|---|---:|---:|---:|---:|---:|---:|---|:---:|',
  ];
  for (const e of entries) {
    const target = TARGETS[e.name];
    const ratio = e.baseline_p95_ms ? e.p95_ms / e.baseline_p95_ms : null;
    const met = target
      ? e.p95_ms <= target.p95 && (ratio === null || !target.label.includes('2×') || ratio <= 2)
      : null;
    lines.push(
      `| ${e.name} | ${e.cases.toLocaleString('en')} | ${ms(e.p50_ms)} | ${ms(e.p95_ms)} | ${ms(e.max_ms)} | ` +
        `${e.baseline_p95_ms !== undefined ? ms(e.baseline_p95_ms) : '—'} | ${ratio ? `${ratio.toFixed(2)}×` : '—'} | ` +
        `${target?.label ?? '—'} | ${met === null ? '—' : met ? 'yes' : 'no'} |`,
    );
  }
  return `${lines.join('\n')}\n`;
}
