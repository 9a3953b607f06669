// Merging a checked handover file into this case log: customers, cases and the handover itself, by id.
// Runs inside the import's transaction (handover-transfer.ts).
import { formatCaseNumber, parseCaseNumber } from '../../core/case-number';
import type { HandoverFile, HandoverImportOutcome, MergeCounts } from '../../core/handover-file';
import { handoverSearchText } from '../../core/handover-compose';
import { nextCaseSequence } from '../../db/queries/cases';
import { getCustomer } from '../../db/queries/customers';
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
  caseVersion,
  contactExists,
  customerIdsTaking,
  customerUpdatedAt,
  insertFileCase,
  insertFileCustomer,
  insertFileLink,
  insertFileTag,
  raiseCaseCounter,
  updateFileCase,
  updateFileCustomer,
} from '../../db/queries/handover-transfer';
import type { ServiceContext } from './context';

export const emptyCounts = (): MergeCounts => ({ added: 0, updated: 0, unchanged: 0 });

/** Customers by id (newer wins); returns the id each file customer has here. */
export function mergeCustomers(
  ctx: ServiceContext,
  file: HandoverFile,
  out: HandoverImportOutcome,
): Map<string, string> {
  const ids = new Map<string, string>();
  for (const customer of file.customers) {
    const localUpdatedAt = customerUpdatedAt(ctx.db, customer.id);
    if (localUpdatedAt === undefined) {
      const same = customerIdsTaking(ctx.db, customer)[0];
      if (same) {
        ids.set(customer.id, same);
        out.customers.unchanged += 1;
        continue;
      }
      insertFileCustomer(ctx.db, customer);
      out.customers.added += 1;
    } else if (customer.updatedAt > localUpdatedAt) {
      updateFileCustomer(ctx.db, customer);
      out.customers.updated += 1;
    } else out.customers.unchanged += 1;
    ids.set(customer.id, customer.id);
  }
  return ids;
}

/** Cases by id (newer wins); returns the ids of those added or updated. */
export function mergeCases(
  ctx: ServiceContext,
  file: HandoverFile,
  customerIds: Map<string, string>,
  out: HandoverImportOutcome,
): Set<string> {
  const changed = new Set<string>();
  for (const { tags, links: _links, ...c } of file.cases) {
    const customerId = customerIds.get(c.customerId)!;
    const row = {
      ...c,
      customerId,
      // The name as this workstation now has it (the customer may have been matched to one of its own).
      customerName: getCustomer(ctx.db, customerId)!.name,
      contactId: c.contactId && contactExists(ctx.db, c.contactId) ? c.contactId : null,
    };
    const local = caseVersion(ctx.db, c.id);
    if (local === undefined) {
      insertFileCase(ctx.db, { ...row, number: caseNumberHere(ctx, c.id, c.number, c.createdAt, out) });
      out.cases.added += 1;
      changed.add(c.id);
    } else if (c.updatedAt > local.updatedAt) {
      updateFileCase(ctx.db, row);
      out.cases.updated += 1;
      changed.add(c.id);
    } else out.cases.unchanged += 1;
    for (const tag of tags) insertFileTag(ctx.db, c.id, tag);
  }
  // Links once every case of the file is here, so that a link between two of them is never skipped.
  for (const c of file.cases) for (const link of c.links) insertFileLink(ctx.db, c.id, link);
  return changed;
}

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

/** The handover itself: added if new; if known, it takes on the file's later state (acknowledged, superseded). */
export function mergeHandover(ctx: ServiceContext, file: HandoverFile, out: HandoverImportOutcome): void {
  const h = file.handover;
  const local = getHandoverRow(ctx.db, h.id);
  if (!local) {
    const from = file.agents.find((a) => a.id === h.fromAgentId)!;
    const { events: _events, ...row } = h;
    insertHandover(ctx.db, { ...row, searchText: handoverSearchText(h.document, from.name) });
    out.handoverAdded = true;
  } else if (local.status === 'pending' && h.status === 'acknowledged') {
    setAcknowledged(ctx.db, h.id, h.toAgentId!, h.acknowledgedAt!);
  } else if (local.status === 'pending' && h.status === 'superseded') {
    setHandoverStatus(ctx.db, h.id, 'superseded');
  }
  for (const e of h.events) {
    // A confirmation made on both workstations stays one: the unique index turns the second into a no-op.
    if (insertHandoverEventIfNew(ctx.db, { ...e, handoverId: h.id })) out.events.added += 1;
    else out.events.skipped += 1;
  }
}
