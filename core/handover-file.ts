// The handover file that moves a handover between workstations: the handover, the cases it names, their
// customers (with contacts), their full timelines and the agents they mention, sealed by a SHA-256 checksum
// over a canonical serialization. Canonical, so that re-indenting the file or reordering its keys does
// not break the seal, while any change of a value does. Pure: the hash itself is computed by the service.
import { z } from 'zod';
import { LINK_KINDS } from './cases';
import { CASE_STATUSES, CHANNELS, LANGUAGES, SEVERITIES, SUPPORT_AREAS } from './domain';
import { HANDOVER_EVENT_KINDS, HANDOVER_STATUSES } from './handover';
import { SLA_CLOCKS } from './sla';
import { reads, writes } from './operation';

export const HANDOVER_FILE_FORMAT = 'shiftdesk-handover';
export const HANDOVER_FILE_VERSION = 1;
/** The file's own extension, registered with the system by the installers so that it opens in ShiftDesk. */
export const HANDOVER_FILE_EXTENSION = 'sdhandover';
/** Far above any real handover; the browser-mode host's body limit is the practical bound. */
export const MAX_HANDOVER_FILE_CHARS = 120_000_000;

/**
 * JSON with object keys sorted (by UTF-16 code units, as Array.prototype.sort does), no whitespace, arrays
 * in their order; keys whose value is undefined are left out, as JSON.stringify does. Refuses what JSON
 * cannot carry faithfully (NaN, Infinity, functions, bigints), so that two equal files always hash alike.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`not representable in JSON: ${value}`);
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) return `[${value.map((v) => canonicalJson(v ?? null)).join(',')}]`;
  if (typeof value === 'object') {
    const entries = Object.keys(value)
      .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`);
    return `{${entries.join(',')}}`;
  }
  throw new Error(`not representable in JSON: ${typeof value}`);
}

/** `20261124-0930` in the workstation's time zone, for file names. */
export function fileStamp(ms: number): string {
  const d = new Date(ms);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}${two(d.getMonth() + 1)}${two(d.getDate())}-${two(d.getHours())}${two(d.getMinutes())}`;
}

/** What the checksum covers: the whole file but the checksum itself. */
export function checksumPayload(file: { checksum?: unknown } & Record<string, unknown>): string {
  const { checksum: _checksum, ...sealed } = file;
  return canonicalJson(sealed);
}

const text = (max: number) => z.string().max(max);
const key = text(100).min(1);
const time = z.number().int();

const agentRow = z.object({ id: key, name: text(200) }).strict();
const customerRow = z
  .object({
    id: key,
    name: text(200).min(1),
    tenantDomain: text(253).nullable(),
    partnerCustomerId: text(64).nullable(),
    adminRole: z.boolean(),
    createdAt: time,
    updatedAt: time,
  })
  .strict();
const contactRow = z
  .object({
    id: key,
    customerId: key,
    name: text(100),
    email: text(254).nullable(),
    phone: text(40).nullable(),
    preferredChannel: z.enum(CHANNELS).nullable(),
    language: z.enum(LANGUAGES).nullable(),
    createdAt: time,
  })
  .strict();
const caseRow = z
  .object({
    id: key,
    number: text(40).min(1),
    customerId: key,
    contactId: key.nullable(),
    title: text(200),
    description: text(20_000),
    supportArea: z.enum(SUPPORT_AREAS),
    service: text(40),
    severity: z.enum(SEVERITIES),
    channel: z.enum(CHANNELS),
    status: z.enum(CASE_STATUSES),
    ownerId: key.nullable(),
    requestNumber: text(64).nullable(),
    createdBy: key,
    createdAt: time,
    updatedAt: time,
    tags: z.array(text(40)).max(200),
    /** Links from this case; one to a case that is in neither the file nor the workstation is skipped. */
    links: z
      .array(z.object({ otherId: key, kind: z.enum(LINK_KINDS), createdAt: time }).strict())
      .max(500)
      .default([]),
  })
  .strict();
const eventRow = z
  .object({
    id: key,
    caseId: key,
    agentId: key,
    at: time,
    kind: text(40),
    payload: z.record(z.string(), z.unknown()),
  })
  .strict();

const agentRef = z.object({ id: key, name: text(200) }).strict();
const item = z
  .object({
    caseId: key,
    number: text(40),
    title: text(200),
    customerName: text(200),
    severity: z.enum(SEVERITIES),
    status: z.enum(CASE_STATUSES),
    owner: agentRef.nullable(),
    requestNumber: text(64).nullable(),
    waitingOn21vSince: time.nullable(),
    dueWhich: z.enum(SLA_CLOCKS).nullable(),
    dueAt: time.nullable(),
    remainingMs: time.nullable(),
    paused: z.boolean(),
    breached: z.boolean(),
    nextAction: text(2_000),
    deadline: time.nullable(),
    contingencyIf: text(1_000),
    contingencyThen: text(1_000),
    carried: z.boolean(),
  })
  .strict();
const count = z.number().int().min(0);
const documentSchema = z
  .object({
    composedAt: time,
    items: z.array(item),
    casesNone: z.boolean(),
    watch: z.array(z.object({ id: key, text: text(2_000), carriedFrom: key.nullable() }).strict()),
    watchNone: z.boolean(),
    notes: text(20_000),
    notesNone: z.boolean(),
    summary: z
      .object({
        total: count,
        bySeverity: z.object({ A: count, B: count, C: count }).strict(),
        breached: count,
        atRisk: count,
        waitingOn21v: count,
      })
      .strict(),
    previousId: key.nullable(),
  })
  .strict();

const handoverEventRow = z
  .object({
    id: key,
    agentId: key,
    at: time,
    kind: z.enum(HANDOVER_EVENT_KINDS),
    payload: z.record(z.string(), z.unknown()),
  })
  .strict();

export const handoverFileSchema = z
  .object({
    format: z.literal(HANDOVER_FILE_FORMAT),
    version: z.literal(HANDOVER_FILE_VERSION),
    exportedAt: time,
    exportedBy: agentRef,
    handover: z
      .object({
        id: key,
        fromAgentId: key,
        toAgentId: key.nullable(),
        status: z.enum(HANDOVER_STATUSES),
        createdAt: time,
        acknowledgedAt: time.nullable(),
        document: documentSchema,
        events: z.array(handoverEventRow),
      })
      .strict(),
    agents: z.array(agentRow),
    customers: z.array(customerRow),
    contacts: z.array(contactRow),
    cases: z.array(caseRow),
    events: z.array(eventRow),
    checksum: z.string().regex(/^[0-9a-f]{64}$/),
  })
  .strict();

export type HandoverFile = z.infer<typeof handoverFileSchema>;
export type HandoverFileCase = HandoverFile['cases'][number];
export type HandoverFileCustomer = HandoverFile['customers'][number];
export type HandoverFileContact = HandoverFile['contacts'][number];
export type HandoverFileEvent = HandoverFile['events'][number];
export type HandoverFileHandover = HandoverFile['handover'];

export interface HandoverExport {
  fileName: string;
  /** The file's content: indented JSON (the checksum does not depend on the layout). */
  text: string;
}

/**
 * An import only adds: `added` rows are new here; `updated` rows were here already and gained timeline
 * events from the file (their own fields are never rewritten by a file); the others are `unchanged`.
 */
export interface MergeCounts {
  added: number;
  updated: number;
  unchanged: number;
}

export interface HandoverImportOutcome {
  handoverId: string;
  /** False when this workstation had the handover already (its acknowledgement may still be new). */
  handoverAdded: boolean;
  cases: MergeCounts;
  customers: MergeCounts;
  events: { added: number; skipped: number };
  agentsAdded: number;
  /** Cases whose number was taken here by another case: they got the next number of this workstation. */
  renumbered: { caseId: string; from: string; to: string }[];
  /**
   * Cases here whose fields the file has otherwise: this workstation's values were kept (a file may add
   * to the timeline, never rewrite a case), so that the agent can check them.
   */
  differing: { caseId: string; number: string; fields: string[] }[];
  /** The record of this import that every row it added points to (null when it added nothing). */
  importId: string | null;
}

/**
 * What a well-formed file must also satisfy: everything it refers to is in it (or, for agents, at least
 * named in it), and its handover's state is consistent. The problems found, as short English texts; an
 * import refuses a file with any, before writing anything.
 */
export function fileReferenceProblems(file: HandoverFile): string[] {
  const problems: string[] = [];
  const agents = new Set(file.agents.map((a) => a.id));
  const customers = new Set(file.customers.map((c) => c.id));
  const contacts = new Map(file.contacts.map((c) => [c.id, c.customerId]));
  const cases = new Set(file.cases.map((c) => c.id));
  const need = (ok: boolean, what: string) => {
    if (!ok) problems.push(what);
  };
  for (const c of file.contacts) need(customers.has(c.customerId), `contact ${c.id}: customer missing`);
  for (const c of file.cases) {
    need(customers.has(c.customerId), `case ${c.id}: customer missing`);
    need(c.contactId === null || contacts.get(c.contactId) === c.customerId, `case ${c.id}: contact missing`);
    need(
      agents.has(c.createdBy) && (c.ownerId === null || agents.has(c.ownerId)),
      `case ${c.id}: agent missing`,
    );
  }
  for (const e of file.events) {
    need(cases.has(e.caseId), `event ${e.id}: case missing`);
    need(agents.has(e.agentId), `event ${e.id}: agent missing`);
  }
  const h = file.handover;
  need(agents.has(h.fromAgentId), 'handover: outgoing agent missing');
  need(h.toAgentId === null || agents.has(h.toAgentId), 'handover: incoming agent missing');
  need(
    (h.status === 'acknowledged') === (h.toAgentId !== null && h.acknowledgedAt !== null),
    'handover: acknowledgement inconsistent',
  );
  for (const e of h.events) need(agents.has(e.agentId), `handover event ${e.id}: agent missing`);
  for (const i of h.document.items) need(cases.has(i.caseId), `handover item ${i.caseId}: case missing`);
  return problems;
}

/**
 * A handover carried to another workstation as a file. Implemented by electron/services/handover-transfer.ts.
 */
export const handoverTransferOperations = {
  'handover.exportFile': reads<HandoverExport>()(
    z.object({ id: z.string().uuid('validation.invalidId') }).strict(),
  ),
  'handover.importFile': writes<HandoverImportOutcome>()(
    z
      .object({
        text: z.string().min(1, 'validation.required').max(MAX_HANDOVER_FILE_CHARS, 'validation.tooLong'),
        /** The name of the file as the agent picked it, kept with what it brought in. */
        fileName: z.string().trim().max(255, 'validation.tooLong').optional(),
      })
      .strict(),
  ),
};
