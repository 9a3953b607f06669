import type { ParsedInputOf } from '../../core/api';
import type { PdfExportStarted } from '../../core/handover';
import { LANGUAGES } from '../../core/domain';
import { dayStart, localDateOf } from '../../core/local-time';
import type { supportSheetOperations } from '../../core/support-sheet';
import {
  sheetStateOf,
  type SupportSheet,
  type SupportSheetStatus,
  type SupportSheetTemplate,
} from '../../core/support-sheet';
import { fillSheet, type SheetFacts } from '../../core/support-sheet-fill';
import { uuidv7 } from '../../db/ids';
import { getContact, listContacts } from '../../db/queries/contacts';
import { getCustomer } from '../../db/queries/customers';
import { customerServices, listServices } from '../../db/queries/services';
import {
  insertSheetSend,
  lastSheetSend,
  readSheetTemplate,
  writeSheetTemplate,
} from '../../db/queries/support-sheet';
import type { ServiceContext } from './context';
import { conflict, invalidField, orNotFound } from './errors';
import type { Handlers } from './handlers';
import { startPdfExport } from './pdf-export';
import { utcOffsetOf } from './roster';
import { slaPolicy } from './sla';

/** Saves the template as its next version; placeholders were checked by the schema. */
export function saveSheetTemplate(
  ctx: ServiceContext,
  input: ParsedInputOf<'supportSheetTemplate.save'>,
): SupportSheetTemplate {
  const at = ctx.now();
  if (!writeSheetTemplate(ctx.db, { bodies: input.bodies, from: input.version, at, by: ctx.agentId })) {
    throw conflict(`the template is no longer at version ${input.version}`);
  }
  return readSheetTemplate(ctx.db);
}

function statusOf(ctx: ServiceContext, customerId: string): SupportSheetStatus {
  const templateVersion = readSheetTemplate(ctx.db).version;
  const lastSend = lastSheetSend(ctx.db, customerId);
  return { customerId, templateVersion, lastSend, state: sheetStateOf(templateVersion, lastSend) };
}

/** The customer's sheet in both languages, filled from its record and the SLA policy as they are now. */
export function customerSheet(ctx: ServiceContext, input: ParsedInputOf<'supportSheet.get'>): SupportSheet {
  const customer = orNotFound(getCustomer(ctx.db, input.customerId), 'customer', input.customerId);
  const template = readSheetTemplate(ctx.db);
  const contacts = listContacts(ctx.db, customer.id);
  const keys = new Set(customerServices(ctx.db, customer.id));
  const facts: SheetFacts = {
    customer,
    services: listServices(ctx.db).filter((s) => keys.has(s.key)),
    contacts,
    policy: slaPolicy(ctx),
    version: template.version,
    date: localDateOf(ctx.now(), utcOffsetOf(ctx)),
  };
  const bodies = Object.fromEntries(
    LANGUAGES.map((l) => [l, fillSheet(template.bodies[l], l, facts)]),
  ) as SupportSheet['bodies'];
  return {
    ...statusOf(ctx, customer.id),
    customerName: customer.name,
    bodies,
    // The main contact is the first one recorded.
    language: contacts[0]?.language ?? null,
  };
}

/** Records that the customer was sent the sheet: when, to whom, how, and the version on screen. */
export function markSheetSent(
  ctx: ServiceContext,
  input: ParsedInputOf<'supportSheet.markSent'>,
): SupportSheetStatus {
  const customer = orNotFound(getCustomer(ctx.db, input.customerId), 'customer', input.customerId);
  const now = ctx.now();
  const offset = utcOffsetOf(ctx);
  const today = localDateOf(now, offset);
  if (input.sentOn > today) {
    throw invalidField('sentOn', 'supportSheet.send.future', `${input.sentOn} is after today`);
  }
  if (input.templateVersion > readSheetTemplate(ctx.db).version) {
    throw invalidField('templateVersion', 'validation.invalid', `no version ${input.templateVersion} yet`);
  }
  const contact = input.contactId ? getContact(ctx.db, input.contactId) : null;
  if (input.contactId && contact?.customerId !== customer.id) {
    throw invalidField('contactId', 'validation.choose', `contact ${input.contactId} is not the customer's`);
  }
  insertSheetSend(ctx.db, {
    id: uuidv7(now),
    customerId: customer.id,
    templateVersion: input.templateVersion,
    // A send today is now; an earlier one, that day.
    sentAt: input.sentOn === today ? now : dayStart(input.sentOn, offset),
    contact: contact ? { id: contact.id, name: contact.name } : null,
    channel: input.channel,
    recordedAt: now,
    recordedBy: ctx.agentId,
  });
  return statusOf(ctx, customer.id);
}

/** As a handover: the desktop app prints the window showing the sheet to a PDF file the agent picks. */
export function exportSheetPdf(
  ctx: ServiceContext,
  input: ParsedInputOf<'supportSheet.exportPdf'>,
): PdfExportStarted {
  const customer = orNotFound(getCustomer(ctx.db, input.customerId), 'customer', input.customerId);
  const day = localDateOf(ctx.now(), utcOffsetOf(ctx));
  const name = `support-process-${safeName(customer.name)}-${day}.pdf`;
  return startPdfExport(ctx, name, 'support process sheet');
}

/** A customer name as part of a file name: no path separators or characters Windows refuses. */
const safeName = (name: string) => name.replace(/[\\/:*?"<>|\s]+/g, '-').slice(0, 60);

/** The operations of core/support-sheet.ts (`supportSheetOperations`), bound to the functions above. */
export const supportSheetHandlers: Handlers<typeof supportSheetOperations> = {
  'supportSheetTemplate.get': (ctx) => readSheetTemplate(ctx.db),
  'supportSheetTemplate.save': saveSheetTemplate,
  'supportSheet.get': customerSheet,
  'supportSheet.markSent': markSheetSent,
  'supportSheet.exportPdf': exportSheetPdf,
};
