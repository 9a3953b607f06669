import type { ParsedInputOf } from '../../core/api';
import {
  VOLUME_BREAKDOWNS,
  type VolumeBreakdown,
  type VolumeReport,
  type VolumeShare,
} from '../../core/volume-report';
import { openNow, openSpans, volumePeriods, volumeShares } from '../../db/queries/volume-report';
import type { ServiceContext } from './context';
import { reportPeriods } from './escalation-report-math';
import { agesAt } from './volume-ages';

/** Beyond every instant: the span after the range, up to now, whose changes lead back from now's backlog. */
const LATER = Number.MAX_SAFE_INTEGER;

/**
 * Volume and backlog for a range. The backlog at each period's end is the backlog now taken back through
 * the periods after it: every case created, reopened or closed since then, counted per period in SQL.
 */
export function volumeReport(ctx: ServiceContext, input: ParsedInputOf<'leadReports.volume'>): VolumeReport {
  const now = ctx.now();
  const { from, to, filters } = input;
  const periods = reportPeriods(from, to, input.granularity, input.utcOffsetMin);
  const spans = [...periods, { key: 'later', start: to, end: LATER }];
  const rows = new Map(volumePeriods(ctx.db, spans, filters).map((r) => [r.i, r]));
  let open = openNow(ctx.db, filters);
  const openAtEnd: number[] = [];
  for (let i = spans.length - 1; i >= 1; i--) {
    const r = rows.get(i);
    if (r) open -= r.created + r.reopens - r.closes;
    openAtEnd[i - 1] = open;
  }
  const counts = periods.map((p, i) => {
    const r = rows.get(i);
    return { created: r?.created ?? 0, resolved: r?.resolved ?? 0, closed: r?.closed ?? 0 };
  });
  // A period still running is aged as of now, as its backlog is the backlog now.
  const ends = periods.map((p) => Math.min(p.end, now));
  const ages = agesAt(openSpans(ctx.db, ends[0] ?? now, ends.at(-1) ?? now, filters), ends);
  const breakdowns = Object.fromEntries(VOLUME_BREAKDOWNS.map((b) => [b, [] as VolumeShare[]])) as Record<
    VolumeBreakdown,
    VolumeShare[]
  >;
  for (const { dim, ...share } of volumeShares(ctx.db, from, to, filters)) breakdowns[dim].push(share);
  return {
    from,
    to,
    granularity: input.granularity,
    periods: periods.map((p, i) => ({ ...p, ...counts[i]!, openAtEnd: openAtEnd[i]!, ages: ages[i]! })),
    totals: counts.reduce(
      (a, c) => ({
        created: a.created + c.created,
        resolved: a.resolved + c.resolved,
        closed: a.closed + c.closed,
      }),
      { created: 0, resolved: 0, closed: 0 },
    ),
    breakdowns,
    generatedAt: now,
  };
}
