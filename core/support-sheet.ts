// The support-process sheet (支持流程说明): what the desk gives each customer so that it knows the desk's
// support processes and channels (seed: "inform customers of your support processes and provide them with
// support channels"). One bilingual template for the desk, with placeholders filled per customer; each
// save is a new version, and each customer's sends remember the version they carried.
import { z } from 'zod';
import { CHANNELS, type AgentRef, type Channel, type Language } from './domain';
import { placeholderSet } from './placeholders';
import { id, localDate } from './validation';
import { noInput, reads, writes } from './operation';
import type { PdfExportStarted } from './handover';

/** What the template may name in braces; the sheet fills each from the customer and the desk's policy. */
export const SHEET_PLACEHOLDERS = [
  'customer',
  'tenant',
  'partner_id',
  'services',
  'contacts',
  'severity_targets',
  'response_a',
  'response_b',
  'response_c',
  'resolution_a',
  'resolution_b',
  'resolution_c',
  'version',
  'date',
] as const;
export type SheetPlaceholder = (typeof SHEET_PLACEHOLDERS)[number];
export const SHEET_PLACEHOLDER_SET = placeholderSet(SHEET_PLACEHOLDERS);

export const MAX_SHEET_CHARS = 20_000;

const body = z.string().trim().min(1, 'validation.required').max(MAX_SHEET_CHARS, 'validation.tooLong');

export const supportSheetTemplateSaveInput = z
  .object({
    bodies: z.object({ 'zh-CN': body, en: body }).strict(),
    /** The version the editor started from: a save over someone else's newer one is refused. */
    version: z.number().int().min(1),
  })
  .strict()
  .superRefine((input, ctx) => SHEET_PLACEHOLDER_SET.checkBodies(input.bodies, ctx, ['bodies']));
export type SupportSheetTemplateSaveInput = z.input<typeof supportSheetTemplateSaveInput>;

export const supportSheetMarkSentInput = z
  .object({
    customerId: id,
    /** The version the agent had on screen. */
    templateVersion: z.number().int().min(1),
    /** The day it was sent, in the desk's time zone; today or earlier. */
    sentOn: localDate,
    /** The contact it went to; null when it went to the customer at large. */
    contactId: id.nullable(),
    channel: z.enum(CHANNELS, { message: 'validation.choose' }),
  })
  .strict();
export type SupportSheetMarkSentInput = z.input<typeof supportSheetMarkSentInput>;

/** Where a customer stands: never sent the sheet, sent an older version of it, or sent the current one. */
export const SHEET_STATES = ['never', 'outdated', 'current'] as const;
export type SheetState = (typeof SHEET_STATES)[number];
/** The customer list's filter: `due` is never or outdated, the customers to send it to. */
export const SHEET_FILTERS = ['due', 'never', 'outdated'] as const;
export type SheetFilter = (typeof SHEET_FILTERS)[number];

export interface SupportSheetTemplate {
  version: number;
  bodies: Record<Language, string>;
  updatedAt: number;
  /** Null for the template the app ships with. */
  updatedBy: AgentRef | null;
}

export interface SupportSheetSend {
  id: string;
  customerId: string;
  templateVersion: number;
  sentAt: number;
  /** The contact's id and name as it was sent (the name stays if the contact is removed later). */
  contact: { id: string; name: string } | null;
  channel: Channel;
  recordedAt: number;
  recordedBy: AgentRef;
}

export interface SupportSheetStatus {
  customerId: string;
  /** The template's version now. */
  templateVersion: number;
  lastSend: SupportSheetSend | null;
  state: SheetState;
}

/** A customer's sheet, filled in both languages, and where the customer stands. */
export interface SupportSheet extends SupportSheetStatus {
  customerName: string;
  bodies: Record<Language, string>;
  /** The main contact's language, else the interface's choice. */
  language: Language | null;
}

export function sheetStateOf(templateVersion: number, lastSend: SupportSheetSend | null): SheetState {
  if (!lastSend) return 'never';
  return lastSend.templateVersion < templateVersion ? 'outdated' : 'current';
}

/**
 * The support-process sheet: the desk's template, a customer's filled sheet, and its sends. Implemented by
 * electron/services/support-sheet.ts.
 */
export const supportSheetOperations = {
  'supportSheetTemplate.get': reads<SupportSheetTemplate>()(noInput),
  /** A new version: the bodies as given, the version one up; refused if the template moved on meanwhile. */
  'supportSheetTemplate.save': writes<SupportSheetTemplate>()(supportSheetTemplateSaveInput),
  'supportSheet.get': reads<SupportSheet>()(z.object({ customerId: id }).strict()),
  'supportSheet.markSent': writes<SupportSheetStatus>()(supportSheetMarkSentInput),
  /** The desktop app prints the sheet on screen to a PDF file; in browser mode the page prints itself. */
  'supportSheet.exportPdf': reads<PdfExportStarted>()(z.object({ customerId: id }).strict()),
};
