// Every row of the benchmark with its target (DESIGN.md) and its baseline: on the console as it is
// measured, and as a markdown table.
import type { Stats } from './measure';

export interface Entry {
  name: string;
  cases: number;
  /** The queries or the work, in a few words. */
  about: string;
  /** Milliseconds unless stated: frames per second, a share, megabytes or kilobytes for the UI's figures. */
  unit?: 'ms' | 'fps' | '%' | 'MB' | 'KB';
  service: Stats;
  baseline?: { what: string; stats: Stats };
}

interface Target {
  label: string;
  p95?: number;
  p99?: number;
  max?: number;
  /** The median, at least (frame rates). */
  min?: number;
  /** Service p95 over baseline p95, at most. */
  ratio?: number;
  /** The largest value per case of the desk (a budget that grows with it, as joining does). */
  maxPerCase?: number;
}

/** The targets, declared once: by row name, the first prefix that matches. */
const TARGETS: [prefix: string, target: Target][] = [
  ['search_', { label: 'p95 < 20 ms, ≤ 2× bare', p95: 20, ratio: 2 }],
  ['scan_search_', { label: 'reference: a LIKE scan, no index' }],
  ['knowledge_', { label: 'p95 < 20 ms, ≤ 2× bare', p95: 20, ratio: 2 }],
  ['list_', { label: 'p95 < 10 ms, ≤ 2× bare', p95: 10, ratio: 2 }],
  ['case_detail', { label: 'p95 < 10 ms', p95: 10 }],
  ['event_append', { label: 'p99 < 5 ms', p99: 5 }],
  ['export_chunk', { label: 'p95 < 50 ms: the host answers between chunks', p95: 50 }],
  ['export_memory', { label: '< 50 MB above idle', max: 50 }],
  ['handover', { label: 'p95 < 100 ms', p95: 100 }],
  ['report_', { label: 'p95 < 200 ms over 90 days', p95: 200 }],
  ['loop_', { label: 'event-loop delay p99 < 50 ms', p99: 50 }],
  ['customer_import', { label: '100k rows < 10 s', max: 10_000 }],
  ['host_start', { label: 'p95 < 300 ms to the first answer', p95: 300 }],
  ['host_rss', { label: '< 200 MB', max: 200 }],
  ['ui_boot', { label: 'interactive < 1 s', p95: 1000 }],
  ['ui_type_to_paint', { label: 'p95 < 100 ms after the debounce', p95: 100 }],
  ['ui_case_open', { label: 'p95 < 100 ms', p95: 100 }],
  ['ui_scroll_fps', { label: '≥ 55 fps', min: 55 }],
  ['ui_scroll_dropped', { label: '< 5 % of frames dropped', max: 5 }],
  ['ui_heap', { label: '< 150 MB after scrolling', max: 150 }],
  ['ui_initial_js', { label: '< 300 KB gzipped', max: 300 }],
  ['ui_home_js', { label: 'the home page: < 200 KB gzipped on top', max: 200 }],
  ['sync_push', { label: 'reference: push throughput against a bare INSERT' }],
  ['sync_pull', { label: 'reference: pull throughput against a bare read and write' }],
  ['sync_join', { label: '< 0.6 ms per case (100k cases < 60 s)', maxPerCase: 0.6 }],
  ['sync_lag', { label: 'p95 < 1 s on loopback', p95: 1000 }],
];

export const targetOf = (name: string): Target => {
  const found = TARGETS.find(([prefix]) => name.startsWith(prefix));
  if (!found) throw new Error(`benchmark ${name} has no target`);
  return found[1];
};

// A baseline of nothing (a static page drops no frame) has no ratio to speak of.
export const ratioOf = (e: Entry) =>
  e.baseline && e.baseline.stats.p95_ms > 0 ? e.service.p95_ms / e.baseline.stats.p95_ms : null;

export function met(e: Entry): boolean {
  const t = targetOf(e.name);
  const ratio = ratioOf(e);
  return (
    (t.p95 === undefined || e.service.p95_ms <= t.p95) &&
    (t.p99 === undefined || e.service.p99_ms <= t.p99) &&
    (t.max === undefined || e.service.max_ms <= t.max) &&
    (t.min === undefined || e.service.p50_ms >= t.min) &&
    (t.ratio === undefined || ratio === null || ratio <= t.ratio) &&
    (t.maxPerCase === undefined || e.service.max_ms <= t.maxPerCase * e.cases)
  );
}

const ms = (n: number) => (n >= 100 ? n.toFixed(0) : n.toFixed(2));

export function markdownReport(entries: Entry[]): string {
  const lines = [
    '| benchmark | cases | what | unit | p50 | p95 | p99 | max | baseline | baseline p95 | ratio | target | met |',
    '|---|---:|---|---|---:|---:|---:|---:|---|---:|---:|---|:---:|',
  ];
  for (const e of entries) {
    const s = e.service;
    const ratio = ratioOf(e);
    lines.push(
      `| ${e.name} | ${e.cases.toLocaleString('en')} | ${e.about} | ${e.unit ?? 'ms'} | ${ms(s.p50_ms)} | ${ms(s.p95_ms)} | ` +
        `${ms(s.p99_ms)} | ${ms(s.max_ms)} | ${e.baseline?.what ?? '—'} | ` +
        `${e.baseline ? ms(e.baseline.stats.p95_ms) : '—'} | ${ratio === null ? '—' : `${ratio.toFixed(1)}×`} | ` +
        `${targetOf(e.name).label} | ${met(e) ? 'yes' : '**no**'} |`,
    );
  }
  return `${lines.join('\n')}\n`;
}

const fmt = (s: Stats) =>
  `p50 ${s.p50_ms.toFixed(2)}  p95 ${s.p95_ms.toFixed(2)}  p99 ${s.p99_ms.toFixed(2)}`;

/** One row as it is measured, on the console. */
export function printRow(e: Entry) {
  const ratio = ratioOf(e);
  console.log(
    `  ${e.name.padEnd(22)} ${fmt(e.service)} ${e.unit ?? 'ms'}` +
      (e.baseline
        ? `  | bare p95 ${e.baseline.stats.p95_ms.toFixed(2)}${ratio === null ? '' : ` (${ratio.toFixed(1)}×)`}`
        : '') +
      `  ${met(e) ? 'met' : `MISSED (${targetOf(e.name).label})`}`,
  );
}
