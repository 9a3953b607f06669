// Merging a checked handover file into this case log: customers, cases and the handover itself, by id.
// Runs inside the import's transaction (handover-transfer.ts). A file is untrusted input, so it only ever
// adds: rows new here, and timeline events new here. A row this workstation has already keeps its values,
// whatever the file says and however recent it claims to be: a change arrives as the events that made it.
import { formatCaseNumber, parseCaseNumber } from '../../core/case-number';
import type { HandoverFile, HandoverImportOutcome, MergeCounts } from '../../core/handover-file';
import { handoverSearchText } from '../../core/handover-compose';
import { getCaseRow, nextCaseSequence } from '../../db/queries/cases';
import { getCustomer, insertCustomer } from '../../db/queries/customers';
import { workstationCode } from '../../db/sync/state';
import {
  getHandoverRow,
  insertHandover,
  insertHandoverEventIfNew,
  setAcknowledged,
  setHandoverStatus,
} from '../../db/queries/handover';
import {
  caseIdWithNumber,
  contactExists,
  customerIdsTaking,
  customerUpdatedAt,
  insertFileCase,
  insertFileLink,
  insertFileTag,
  raiseCaseCounter,
} from '../../db/queries/handover-transfer';
import type { ServiceContext } from './context';
import { ServiceError } from './errors';

export const emptyCounts = (): MergeCounts => ({ added: 0, updated: 0, unchanged: 0 });

/** Customers by id, added if new (never changed if known); returns the id each file customer has here. */
export function mergeCustomers(
  ctx: ServiceContext,
  file: HandoverFile,
  out: HandoverImportOutcome,
): { ids: Map<string, string>; added: string[] } {
  const ids = new Map<string, string>();
  const added: string[] = [];
  for (const customer of file.customers) {
    const localUpdatedAt = customerUpdatedAt(ctx.db, customer.id);
    if (localUpdatedAt === undefined) {
      const same = customerIdsTaking(ctx.db, customer)[0];
      if (same) {
        ids.set(customer.id, same);
        out.customers.unchanged += 1;
        continue;
      }
      insertCustomer(ctx.db, customer);
      out.customers.added += 1;
      added.push(customer.id);
    } else out.customers.unchanged += 1;
    ids.set(customer.id, customer.id);
  }
  return { ids, added };
}

/** Cases by id, added if new; one known here keeps its values. Returns the ids of those added. */
export function mergeCases(
  ctx: ServiceContext,
  file: HandoverFile,
  customerIds: Map<string, string>,
  out: HandoverImportOutcome,
): Set<string> {
  const added = new Set<string>();
  for (const { tags, links: _links, ...c } of file.cases) {
    const customerId = customerIds.get(c.customerId)!;
    const row = {
      ...c,
      customerId,
      // The name as this workstation now has it (the customer may have been matched to one of its own).
      customerName: getCustomer(ctx.db, customerId)!.name,
      contactId: c.contactId && contactExists(ctx.db, c.contactId) ? c.contactId : null,
    };
    const local = getCaseRow(ctx.db, c.id);
    if (local === undefined) {
      insertFileCase(ctx.db, { ...row, number: caseNumberHere(ctx, c.id, c.number, c.createdAt, out) });
      out.cases.added += 1;
      added.add(c.id);
      for (const tag of tags) insertFileTag(ctx.db, c.id, tag);
      continue;
    }
    // Events the file has for a case known here must still come after the case as this workstation knows it.
    const early = file.events.find((e) => e.caseId === c.id && e.at < local.createdAt);
    if (early) {
      throw new ServiceError('VALIDATION', `event ${early.id} is dated before its case`, [
        { path: 'file', message: 'handover.file.eventOrder' },
      ]);
    }
    const fields = DIFFERING_FIELDS.filter((f) => local[f] !== row[f]);
    if (fields.length) out.differing.push({ caseId: c.id, number: local.number, fields: [...fields] });
  }
  // Links once every case of the file is here, so that a link between two of them is never skipped.
  for (const c of file.cases) {
    if (added.has(c.id)) for (const link of c.links) insertFileLink(ctx.db, c.id, link);
  }
  return added;
}

/** The fields of a case the file may disagree on; the agent is told, the values here stay. */
const DIFFERING_FIELDS = [
  'title',
  'description',
  'supportArea',
  'service',
  'severity',
  'channel',
  'status',
  'ownerId',
  'requestNumber',
] as const;

/** The number the case keeps here: its own, unless another case holds it; the counter moves past it. */
function caseNumberHere(
  ctx: ServiceContext,
  caseId: string,
  number: string,
  createdAt: number,
  out: HandoverImportOutcome,
): string {
  const parsed = parseCaseNumber(number);
  const year = parsed?.year ?? new Date(createdAt).getFullYear();
  if (parsed) raiseCaseCounter(ctx.db, year, parsed.sequence);
  if (caseIdWithNumber(ctx.db, number) === undefined) return number;
  const mine = formatCaseNumber(year, nextCaseSequence(ctx.db, year), workstationCode(ctx.db));
  out.renumbered.push({ caseId, from: number, to: mine });
  return mine;
}

/**
 * The handover itself: added if new. A known pending one moves on (acknowledged, superseded) only together
 * with the event that records the step, which the file must carry: its state follows its timeline.
 * Returns the ids of the handover events added.
 */
export function mergeHandover(ctx: ServiceContext, file: HandoverFile, out: HandoverImportOutcome): string[] {
  const h = file.handover;
  const local = getHandoverRow(ctx.db, h.id);
  const has = (kind: string, agentId?: string | null) =>
    h.events.some((e) => e.kind === kind && (agentId === undefined || e.agentId === agentId));
  if (!local) {
    const from = file.agents.find((a) => a.id === h.fromAgentId)!;
    const { events: _events, ...row } = h;
    insertHandover(ctx.db, { ...row, searchText: handoverSearchText(h.document, from.name) });
    out.handoverAdded = true;
  } else if (local.status === 'pending' && h.status === 'acknowledged' && has('acknowledged', h.toAgentId)) {
    setAcknowledged(ctx.db, h.id, h.toAgentId!, h.acknowledgedAt!);
  } else if (local.status === 'pending' && h.status === 'superseded' && has('superseded')) {
    setHandoverStatus(ctx.db, h.id, 'superseded');
  }
  const added: string[] = [];
  for (const e of h.events) {
    // A confirmation made on both workstations stays one: the unique index turns the second into a no-op.
    if (insertHandoverEventIfNew(ctx.db, { ...e, handoverId: h.id })) {
      out.events.added += 1;
      added.push(e.id);
    } else out.events.skipped += 1;
  }
  return added;
}
