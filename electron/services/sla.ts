import type { CaseStatus, Severity } from '../contract/domain';
import {
  computeSla,
  DEFAULT_SLA_POLICY,
  type SlaClocks,
  type SlaEvent,
  type SlaPolicy,
} from '../contract/sla';
import { readSetting } from '../../db/queries/settings';
import { slaEvents, slaEventsForCases, type SlaEventRow } from '../../db/queries/sla-events';
import type { ServiceContext } from './context';

/** The desk's SLA policy (settings), over the defaults. */
export function slaPolicy(ctx: ServiceContext): SlaPolicy {
  const stored = readSetting(ctx.db, 'slaPolicy') as Partial<SlaPolicy> | undefined;
  return { ...DEFAULT_SLA_POLICY, ...stored };
}

/** Timeline rows as the pure clock arithmetic reads them. */
export function toSlaEvents(rows: readonly SlaEventRow[]): SlaEvent[] {
  return rows.map((r): SlaEvent => {
    switch (r.kind) {
      case 'created':
        return { at: r.at, kind: 'created', severity: r.value as Severity };
      case 'status_changed':
        return { at: r.at, kind: 'status', to: r.value as CaseStatus };
      case 'field_changed':
        return { at: r.at, kind: 'severity', to: r.value as Severity };
      default:
        return { at: r.at, kind: 'touch' };
    }
  });
}

export function slaForCase(ctx: ServiceContext, caseId: string, now = ctx.now()): SlaClocks {
  return computeSla(toSlaEvents(slaEvents(ctx.db, caseId)), slaPolicy(ctx), now);
}

/** Clocks for many cases in one read of their timelines (handover, dashboard, warnings). */
export function slaForCases(
  ctx: ServiceContext,
  caseIds: readonly string[],
  now = ctx.now(),
): Map<string, SlaClocks> {
  const policy = slaPolicy(ctx);
  const clocks = new Map<string, SlaClocks>();
  for (const [caseId, rows] of slaEventsForCases(ctx.db, caseIds)) {
    clocks.set(caseId, computeSla(toSlaEvents(rows), policy, now));
  }
  return clocks;
}
