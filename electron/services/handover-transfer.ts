// Handover between workstations: one file with the handover and everything it names, sealed by SHA-256;
// an import checks the seal, the file's shape and every value it claims before it writes anything, then
// adds what is new in one transaction (handover-merge.ts), marking each row it added with the import.
//
// The seal is a checksum, not a signature: it catches a damaged file, not a forged one, since anyone can
// recompute it. The import is built so that it need not trust the file instead: it only adds, every row it
// adds is marked as imported (which file, exported by whom and when, imported by whom and when), and it
// refuses values no export could hold. A signature by a key of the exporting workstation would add who
// made the file, but only once each workstation's key is known to the others, which a desk without team
// sync has no safe way to learn (a key shown in the file itself proves nothing); with team sync, shared
// workstations need no file at all. So files stay unsigned, and untrusted.
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
  HANDOVER_FILE_EXTENSION,
} from '../../core/handover-file';
import { fileTrustProblems, HANDOVER_FILE_BOUNDS } from '../../core/handover-file-rules';
import { inputBoundIssue } from '../../core/input-bounds';
import { uuidv7 } from '../../db/ids';
import { getAgent, insertAgent } from '../../db/queries/agents';
import { insertImport, markImported } from '../../db/queries/import-provenance';
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
import type { handoverTransferOperations } from '../../core/handover-file';
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
    fileName: `shiftdesk-handover-${fileStamp(file.handover.createdAt)}.${HANDOVER_FILE_EXTENSION}`,
    text: JSON.stringify(sealed, null, 2),
  };
}

const refuse = (key: string, message: string) =>
  new ServiceError('VALIDATION', message, [{ path: 'file', message: `handover.file.${key}` }]);

const BOUND_KEYS: Record<string, string> = {
  'validation.tooDeep': 'tooDeep',
  'validation.tooLarge': 'tooLarge',
  'validation.outOfRange': 'outOfRange',
};

/**
 * The file, checked: JSON, a handover file of a version this app reads, bounded, sealed, well-formed,
 * complete, and holding only what an export made at or before `now` could hold.
 */
export function readHandoverFile(text: string, now: number): HandoverFile {
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
  // Depth, size and numbers first: nothing below walks a value nested a thousand deep or a number past 2^53.
  const bound = inputBoundIssue(raw, HANDOVER_FILE_BOUNDS);
  if (bound) {
    throw refuse(
      BOUND_KEYS[bound.message] ?? 'invalid',
      `the file breaks a bound at ${bound.path.slice(0, 200)}`,
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
  const untrusted = fileTrustProblems(parsed.data, now);
  if (untrusted.length) throw refuse(untrusted[0]!.key, `the file is refused: ${untrusted[0]!.detail}`);
  return parsed.data;
}

/**
 * Adds the file to this case log, in one transaction: agents by id (created, as plain agents, if missing: a
 * file never makes anyone a lead); customers and cases by id, added if new and never changed if known; a
 * customer new here whose tenant domain or Partner Center id another customer already holds is that
 * customer; a case whose number another case holds here gets this workstation's next number; events by id,
 * never twice. Every row added is marked with this import. Importing the same file again changes nothing.
 */
export function importHandoverFile(
  ctx: ServiceContext,
  input: ParsedInputOf<'handover.importFile'>,
): HandoverImportOutcome {
  const file = readHandoverFile(input.text, ctx.now());
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
        differing: [],
        importId: null,
      };
      // Rows are marked as they are added; the import they point to is written last, and only if anything
      // came in (the reference is checked at commit), so that importing a file twice leaves no trace.
      const importId = uuidv7(now);
      const agents: string[] = [];
      for (const agent of file.agents) {
        if (getAgent(ctx.db, agent.id)) continue;
        insertAgent(ctx.db, { id: agent.id, name: agent.name, role: 'agent', createdAt: now });
        agents.push(agent.id);
      }
      out.agentsAdded = agents.length;
      markImported(ctx.db, 'agents', agents, importId);
      const customers = mergeCustomers(ctx, file, out);
      markImported(ctx.db, 'customers', customers.added, importId);
      const contacts: string[] = [];
      for (const contact of file.contacts) {
        const row = { ...contact, customerId: customers.ids.get(contact.customerId)! };
        if (insertFileContact(ctx.db, row)) contacts.push(contact.id);
      }
      markImported(ctx.db, 'contacts', contacts, importId);
      const addedCases = mergeCases(ctx, file, customers.ids, out);
      markImported(ctx.db, 'cases', [...addedCases], importId);
      const added = insertFileEvents(ctx.db, file.events);
      markImported(
        ctx.db,
        'case_events',
        added.map((e) => e.id),
        importId,
      );
      out.events.added = added.length;
      out.events.skipped = file.events.length - added.length;
      const gained = new Set(added.map((e) => e.caseId).filter((id) => !addedCases.has(id)));
      out.cases.updated = gained.size;
      out.cases.unchanged = file.cases.length - out.cases.added - out.cases.updated;
      // The SLA state the case list sorts and filters by follows the merged timelines, as after any event.
      refreshSlaOfCases(ctx, new Set([...addedCases, ...gained]));
      const handoverEventsAdded = mergeHandover(ctx, file, out);
      if (out.handoverAdded) markImported(ctx.db, 'handovers', [file.handover.id], importId);
      markImported(ctx.db, 'handover_events', handoverEventsAdded, importId);
      const anything =
        out.handoverAdded ||
        out.agentsAdded + out.events.added + out.cases.added + out.customers.added + contacts.length > 0;

      if (!anything) return out;
      insertImport(ctx.db, {
        id: importId,
        fileName: input.fileName ?? null,
        checksum: file.checksum,
        sourceId: file.handover.id,
        exportedById: file.exportedBy.id,
        exportedByName: file.exportedBy.name,
        exportedAt: file.exportedAt,
        importedBy: ctx.agentId,
        importedAt: now,
      });
      out.importId = importId;
      event(
        ctx,
        file.handover.id,
        'imported',
        { exportedBy: file.exportedBy, exportedAt: file.exportedAt, importId, checksum: file.checksum },
        now,
      );
      return out;
    })
    .immediate();
}

/** The operations of core/handover-file.ts (`handoverTransferOperations`), bound to the functions above. */
export const handoverTransferHandlers: Handlers<typeof handoverTransferOperations> = {
  'handover.exportFile': exportHandoverFile,
  'handover.importFile': importHandoverFile,
};
