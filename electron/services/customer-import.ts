import type { ParsedInputOf } from '../../core/api';
import {
  IMPORT_CHUNK_CHARS,
  IMPORT_MAX_ROWS,
  IMPORT_PREVIEW_CUSTOMERS,
  IMPORT_PREVIEW_ISSUES,
  type ImportIssue,
  type ImportOutcome,
  type ImportPreview,
  type ImportProgress,
  type ImportSession,
} from '../../core/customer-import';
import type { Db } from '../../db/open';
import { HOUR } from '../../core/time';
import { uuidv7 } from '../../db/ids';
import { customerKeys } from '../../db/queries/customer-bulk';
import { listServices } from '../../db/queries/services';
import type { ServiceContext } from './context';
import { CsvReader, isBlankRecord, type CsvRecord } from './csv';
import { writeImport } from './customer-import-write';
import { CustomerMerger, indexCustomers, stillMatches, type MergedCustomer } from './customer-import-merge';
import { readHeader, readRow, serviceLookup, type Header, type ServiceLookup } from './customer-import-rows';
import { conflict, invalidField, orNotFound } from './errors';
import type { customerImportOperations } from '../../core/customer-import';
import type { Handlers } from './handlers';

// Staged imports live in this process's memory, never in the database: cancelling, closing the window
// or a crash writes nothing. A few at most, and none older than an hour.
const MAX_SESSIONS = 3;
const SESSION_TTL_MS = HOUR;

interface Session {
  id: string;
  startedAt: number;
  reader: CsvReader;
  services: ServiceLookup;
  /** Merges rows as they come; replaced by its result once the last piece is read. */
  merger: CustomerMerger | null;
  customers: MergedCustomer[];
  header: Header | null;
  /** Records read so far, blank lines and the header included: the next record's row number - 1. */
  records: number;
  dataRows: number;
  issues: ImportIssue[];
  errorRows: Set<number>;
  preview: ImportPreview | null;
}

const sessionsByDb = new WeakMap<Db, Map<string, Session>>();

function sessions(ctx: ServiceContext): Map<string, Session> {
  let map = sessionsByDb.get(ctx.db);
  if (!map) {
    map = new Map();
    sessionsByDb.set(ctx.db, map);
  }
  return map;
}

function session(ctx: ServiceContext, id: string): Session {
  const found = orNotFound(sessions(ctx).get(id), 'import', id);
  return found;
}

export function startImport(ctx: ServiceContext): ImportSession {
  const map = sessions(ctx);
  const now = ctx.now();
  for (const [id, s] of map) if (now - s.startedAt > SESSION_TTL_MS) map.delete(id);
  while (map.size >= MAX_SESSIONS) map.delete(map.keys().next().value!);
  const id = uuidv7(now);
  map.set(id, {
    id,
    startedAt: now,
    reader: new CsvReader(),
    services: serviceLookup(listServices(ctx.db)),
    merger: new CustomerMerger(indexCustomers(customerKeys(ctx.db))),
    customers: [],
    header: null,
    records: 0,
    dataRows: 0,
    issues: [],
    errorRows: new Set(),
    preview: null,
  });
  return { importId: id };
}

/** Reads one piece of the file: rows are checked and merged as they come; the last piece gives the preview. */
export function stageImport(
  ctx: ServiceContext,
  input: ParsedInputOf<'customers.importStage'>,
): ImportProgress {
  const s = session(ctx, input.importId);
  if (s.preview) throw conflict(`import ${s.id} has already been read to the end`);
  for (const record of s.reader.push(input.text)) readRecord(s, record);
  if (input.final) {
    for (const record of s.reader.end()) readRecord(s, record);
    finish(s);
  }
  return { rows: s.dataRows, errorRows: s.errorRows.size, preview: s.preview };
}

function readRecord(s: Session, record: CsvRecord): void {
  s.records += 1;
  const row = s.records;
  if (isBlankRecord(record)) return;
  if (!s.header) {
    s.header = readHeader(record, row);
    s.issues.push(...s.header.issues);
    return;
  }
  s.dataRows += 1;
  if (s.dataRows > IMPORT_MAX_ROWS) {
    if (s.dataRows === IMPORT_MAX_ROWS + 1)
      s.issues.push({
        row,
        field: null,
        column: null,
        code: 'tooManyRows',
        params: { max: IMPORT_MAX_ROWS },
      });
    s.errorRows.add(row);
    return;
  }
  // A header without its name column, or with a column twice, makes every row unreadable: it is reported once.
  if (s.header.issues.length > 0) {
    s.errorRows.add(row);
    return;
  }
  const { staged, issues } = readRow(record, row, s.header, s.services);
  if (!staged) return reject(s, issues);
  const clash = s.merger!.add(staged);
  if (clash) reject(s, [withColumn(s.header, clash)]);
}

function reject(s: Session, issues: ImportIssue[]): void {
  for (const issue of issues) {
    s.issues.push(issue);
    s.errorRows.add(issue.row);
  }
}

const withColumn = (header: Header | null, issue: ImportIssue): ImportIssue => {
  const at = issue.field && header ? header.index[issue.field] : undefined;
  return at === undefined || issue.column ? issue : { ...issue, column: header!.columns[at]!.header };
};

function finish(s: Session): void {
  if (!s.header) s.issues.push({ row: 1, field: null, column: null, code: 'empty' });
  const merged = s.merger!.finish();
  s.merger = null;
  reject(
    s,
    merged.issues.map((issue) => withColumn(s.header, issue)),
  );
  s.issues.sort((a, b) => a.row - b.row);
  const customers = (s.customers = merged.customers);
  const creates = customers.filter((c) => !c.existing).length;
  const validRows = s.dataRows - s.errorRows.size;
  s.preview = {
    columns: s.header?.columns ?? [],
    rows: s.dataRows,
    errorRows: s.errorRows.size,
    creates,
    updates: customers.length - creates,
    mergedRows: validRows - customers.length,
    contacts: customers.reduce((n, c) => n + c.contacts.length, 0),
    issues: s.issues.slice(0, IMPORT_PREVIEW_ISSUES),
    issueCount: s.issues.length,
    customers: customers.slice(0, IMPORT_PREVIEW_CUSTOMERS).map((c) => ({
      action: c.existing ? 'update' : 'create',
      existingName: c.existing?.name ?? null,
      name: c.name,
      tenantDomain: c.tenantDomain,
      partnerCustomerId: c.partnerCustomerId,
      services: c.services,
      adminRole: c.adminRole,
      contacts: c.contacts.length,
      rows: c.rows,
    })),
  };
}

/**
 * Writes the previewed import in one transaction. If the case log no longer fits the preview (a
 * customer with one of the file's tenant domains or ids was added or changed meanwhile), nothing is
 * written: CONFLICT, and the agent previews again.
 */
export function commitImport(
  ctx: ServiceContext,
  input: ParsedInputOf<'customers.importCommit'>,
): ImportOutcome {
  const s = session(ctx, input.importId);
  if (!s.preview) throw conflict(`import ${s.id} has not been read to the end`);
  if (s.customers.length === 0) {
    throw invalidField('importId', 'customerIssues.nothingToImport', 'no row of the import can be imported');
  }
  const outcome = ctx.db
    .transaction(() => {
      if (!stillMatches(s.customers, indexCustomers(customerKeys(ctx.db)))) {
        throw conflict('the case log changed since the preview');
      }
      return writeImport(ctx, s.customers);
    })
    .immediate();
  sessions(ctx).delete(s.id);
  return { ...outcome, rowsImported: s.dataRows - s.errorRows.size, rowsSkipped: s.errorRows.size };
}

export function cancelImport(
  ctx: ServiceContext,
  input: ParsedInputOf<'customers.importCancel'>,
): { cancelled: boolean } {
  return { cancelled: sessions(ctx).delete(input.importId) };
}

/**
 * A whole CSV text through the same path as the UI (start, pieces, commit): for scripts and the benchmark.
 * Returns the preview too, so that a caller can see what was skipped.
 */
export function importCustomersCsv(
  ctx: ServiceContext,
  text: string,
): { preview: ImportPreview; outcome: ImportOutcome | null } {
  const { importId } = startImport(ctx);
  let progress: ImportProgress | null = null;
  for (let at = 0; !progress?.preview; at += IMPORT_CHUNK_CHARS) {
    const piece = text.slice(at, at + IMPORT_CHUNK_CHARS);
    progress = stageImport(ctx, { importId, text: piece, final: at + IMPORT_CHUNK_CHARS >= text.length });
  }
  const preview = progress.preview;
  if (preview.rows - preview.errorRows === 0) {
    cancelImport(ctx, { importId });
    return { preview, outcome: null };
  }
  return { preview, outcome: commitImport(ctx, { importId }) };
}

/** The operations of core/customer-import.ts (`customerImportOperations`), bound to the functions above. */
export const customerImportHandlers: Handlers<typeof customerImportOperations> = {
  'customers.importStart': startImport,
  'customers.importStage': stageImport,
  'customers.importCommit': commitImport,
  'customers.importCancel': cancelImport,
};
