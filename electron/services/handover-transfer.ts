// Handover between workstations: one file with the handover and everything it names, sealed by SHA-256;
// an import checks the seal and the file's shape before it writes anything, then merges it in one
// transaction (handover-merge.ts).
import { createHash } from 'node:crypto';
import type { ParsedInputOf } from '../../core/api';
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
} from '../../core/handover-file';
import { getAgent, insertAgent } from '../../db/queries/agents';
import { getHandoverRow, handoverEvents } from '../../db/queries/handover';
import {
  agentsForFile,
  casesForFile,
  contactsForFile,
  customersForFile,
  eventsForFile,
  insertFileContact,
  insertFileEvents,
} from '../../db/queries/handover-transfer';
import type { ServiceContext } from './context';
import { orNotFound, ServiceError } from './errors';
import { event } from './handover';
import { emptyCounts, mergeCases, mergeCustomers, mergeHandover } from './handover-merge';
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
    const row = orNotFound(getHandoverRow(ctx.db, input.id), 'handover', input.id);
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
        cases: emptyCounts(),
        customers: emptyCounts(),
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

/** The operations of core/operations/handover-transfer.ts, bound to the functions above. */
export const handoverTransferHandlers: Handlers<typeof handoverTransferOperations> = {
  'handover.exportFile': exportHandoverFile,
  'handover.importFile': importHandoverFile,
};
