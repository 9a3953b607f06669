// Handover between workstations: one file with the handover and everything it names, sealed by SHA-256;
// an import checks the seal and the file's shape before it writes anything, then merges in one transaction.
import { createHash } from 'node:crypto';
import type { ParsedInputOf } from '../../core/api';
import { CASE_NUMBER_PATTERN } from '../../core/domain';
import { handoverSearchText } from '../../core/handover';
import {
  checksumPayload,
  fileReferenceProblems,
  fileStamp,
  handoverFileSchema,
  HANDOVER_FILE_FORMAT,
  HANDOVER_FILE_VERSION,
  type HandoverExport,
  type HandoverFile,
  type HandoverImportOutcome,
  type MergeCounts,
} from '../../core/handover-file';
import { getAgent, insertAgent } from '../../db/queries/agents';
import { nextCaseSequence } from '../../db/queries/cases';
import { getCustomer } from '../../db/queries/customers';
import {
  getHandoverRow,
  handoverEvents,
  insertHandover,
  insertHandoverEventIfNew,
  setAcknowledged,
  setHandoverStatus,
} from '../../db/queries/handover';
import {
  agentsForFile,
  caseIdWithNumber,
  casesForFile,
  caseVersion,
  contactExists,
  contactsForFile,
  customerIdsTaking,
  customersForFile,
  customerUpdatedAt,
  eventsForFile,
  insertFileCase,
  insertFileContact,
  insertFileCustomer,
  insertFileEvents,
  insertFileLink,
  insertFileTag,
  raiseCaseCounter,
  updateFileCase,
  updateFileCustomer,
} from '../../db/queries/handover-transfer';
import type { ServiceContext } from './context';
import { notFound, ServiceError } from './errors';
import { event } from './handover';
import { refreshSlaOfCases } from './sla';
import type { handoverTransferOperations } from '../../core/operations/handover-transfer';
import type { Handlers } from './handlers';

export const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

export function exportHandoverFile(
  ctx: ServiceContext,
  input: ParsedInputOf<'handover.exportFile'>,
): HandoverExport {
  // One read transaction: the handover, its cases and their timelines as of one moment.
  const file = ctx.db.transaction((): Omit<HandoverFile, 'checksum'> => {
    const row = getHandoverRow(ctx.db, input.id);
    if (!row) throw notFound('handover', input.id);
    const caseIds = row.document.items.map((i) => i.caseId);
    const cases = casesForFile(ctx.db, caseIds);
    const customerIds = cases.map((c) => c.customerId);
    const events = eventsForFile(ctx.db, caseIds);
    const hEvents = handoverEvents(ctx.db, row.id).map(({ id, agentId, at, kind, payload }) => ({
      id,
      agentId,
      at,
      kind,
      payload,
    }));
    const agentIds = [
      ctx.agentId,
      row.fromAgentId,
      ...(row.toAgentId ? [row.toAgentId] : []),
      ...hEvents.map((e) => e.agentId),
      ...cases.flatMap((c) => (c.ownerId ? [c.createdBy, c.ownerId] : [c.createdBy])),
      ...events.map((e) => e.agentId),
    ];
    const agents = agentsForFile(ctx.db, agentIds);
    return {
      format: HANDOVER_FILE_FORMAT,
      version: HANDOVER_FILE_VERSION,
      exportedAt: ctx.now(),
      exportedBy: agents.find((a) => a.id === ctx.agentId) ?? { id: ctx.agentId, name: '' },
      handover: {
        id: row.id,
        fromAgentId: row.fromAgentId,
        toAgentId: row.toAgentId,
        status: row.status,
        createdAt: row.createdAt,
        acknowledgedAt: row.acknowledgedAt,
        document: row.document,
        events: hEvents,
      },
      agents,
      customers: customersForFile(ctx.db, customerIds),
      contacts: contactsForFile(ctx.db, customerIds),
      cases,
      events,
    };
  })();
  const sealed = { ...file, checksum: sha256(checksumPayload(file)) };
  return {
    fileName: `shiftdesk-handover-${fileStamp(file.handover.createdAt)}.json`,
    text: JSON.stringify(sealed, null, 2),
  };
}

const refuse = (key: string, message: string) =>
  new ServiceError('VALIDATION', message, [{ path: 'file', message: `handover.file.${key}` }]);

/** The file, checked: JSON, a handover file of a version this app reads, sealed, well-formed, complete. */
export function readHandoverFile(text: string): HandoverFile {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw refuse('notHandoverFile', 'the file is not JSON');
  }
  const head = (raw ?? {}) as { format?: unknown; version?: unknown; checksum?: unknown };
  if (typeof raw !== 'object' || Array.isArray(raw) || head.format !== HANDOVER_FILE_FORMAT) {
    throw refuse('notHandoverFile', 'the file is not a ShiftDesk handover');
  }
  if (typeof head.version === 'number' && head.version > HANDOVER_FILE_VERSION) {
    throw refuse(
      'tooNew',
      `the file is of version ${head.version}; this ShiftDesk reads ${HANDOVER_FILE_VERSION}`,
    );
  }
  // The seal is checked on the file as written, before anything reads its content.
  let actual: string;
  try {
    actual = sha256(checksumPayload(raw as Record<string, unknown>));
  } catch {
    throw refuse('checksumMismatch', 'the file holds values JSON cannot carry');
  }
  if (actual !== head.checksum) {
    throw refuse('checksumMismatch', 'the checksum does not match: the file was damaged or altered');
  }
  const parsed = handoverFileSchema.safeParse(raw);
  if (!parsed.success) throw refuse('invalid', `the file is malformed: ${parsed.error.issues[0]?.message}`);
  const problems = fileReferenceProblems(parsed.data);
  if (problems.length) throw refuse('invalid', `the file is incomplete: ${problems[0]}`);
  return parsed.data;
}

const counts = (): MergeCounts => ({ added: 0, updated: 0, unchanged: 0 });

/**
 * Merges the file into this case log, in one transaction: agents by id (created, as plain agents, if
 * missing: a file never makes anyone a lead); customers and cases by id, the newer copy winning; a customer
 * new here whose tenant domain or Partner Center id another customer already holds is that customer; a case
 * whose number another case holds here gets this workstation's next number; events by id, never twice.
 * Importing the same file again changes nothing.
 */
export function importHandoverFile(
  ctx: ServiceContext,
  input: ParsedInputOf<'handover.importFile'>,
): HandoverImportOutcome {
  const file = readHandoverFile(input.text);
  return ctx.db
    .transaction(() => {
      const now = ctx.now();
      const out: HandoverImportOutcome = {
        handoverId: file.handover.id,
        handoverAdded: false,
        cases: counts(),
        customers: counts(),
        events: { added: 0, skipped: 0 },
        agentsAdded: 0,
        renumbered: [],
      };
      for (const agent of file.agents) {
        if (getAgent(ctx.db, agent.id)) continue;
        insertAgent(ctx.db, { id: agent.id, name: agent.name, role: 'agent', createdAt: now });
        out.agentsAdded += 1;
      }
      const customerIds = mergeCustomers(ctx, file, out);
      for (const contact of file.contacts) {
        insertFileContact(ctx.db, { ...contact, customerId: customerIds.get(contact.customerId)! });
      }
      const changed = mergeCases(ctx, file, customerIds, out);
      const added = insertFileEvents(ctx.db, file.events);
      out.events.added = added.length;
      out.events.skipped = file.events.length - added.length;
      for (const caseId of added) changed.add(caseId);
      // The SLA state the case list sorts and filters by follows the merged timelines, as after any event.
      refreshSlaOfCases(ctx, changed);
      mergeHandover(ctx, file, out);
      const anything =
        out.handoverAdded ||
        out.agentsAdded + out.events.added + out.cases.added + out.cases.updated + out.customers.added > 0;
      if (anything) {
        event(
          ctx,
          file.handover.id,
          'imported',
          { exportedBy: file.exportedBy, exportedAt: file.exportedAt },
          now,
        );
      }
      return out;
    })
    .immediate();
}

/** Customers by id (newer wins); returns the id each file customer has here. */
function mergeCustomers(
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
function mergeCases(
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
  const parts = CASE_NUMBER_PATTERN.test(number) ? number.split('-') : null;
  const year = parts ? Number(parts[1]) : new Date(createdAt).getFullYear();
  if (parts) raiseCaseCounter(ctx.db, year, Number(parts[2]));
  if (caseIdWithNumber(ctx.db, number) === undefined) return number;
  const mine = `SD-${year}-${String(nextCaseSequence(ctx.db, year)).padStart(6, '0')}`;
  out.renumbered.push({ caseId, from: number, to: mine });
  return mine;
}

/** The handover itself: added if new; if known, it takes on the file's later state (acknowledged, superseded). */
function mergeHandover(ctx: ServiceContext, file: HandoverFile, out: HandoverImportOutcome): void {
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

/** The operations of core/operations/handover-transfer.ts, bound to the functions above. */
export const handoverTransferHandlers: Handlers<typeof handoverTransferOperations> = {
  'handover.exportFile': exportHandoverFile,
  'handover.importFile': importHandoverFile,
};
