// The support-process sheet: the desk's template, a customer's filled sheet, and its sends. Implemented by
// electron/services/support-sheet.ts.
import type { PdfExportStarted } from '../handover';
import { reads, writes } from '../operation';
import {
  type SupportSheet,
  type SupportSheetStatus,
  type SupportSheetTemplate,
  supportSheetGetInput,
  supportSheetMarkSentInput,
  supportSheetPdfInput,
  supportSheetTemplateGetInput,
  supportSheetTemplateSaveInput,
} from '../support-sheet';

export const supportSheetOperations = {
  'supportSheetTemplate.get': reads<SupportSheetTemplate>()(supportSheetTemplateGetInput),
  /** A new version: the bodies as given, the version one up; refused if the template moved on meanwhile. */
  'supportSheetTemplate.save': writes<SupportSheetTemplate>()(supportSheetTemplateSaveInput),
  'supportSheet.get': reads<SupportSheet>()(supportSheetGetInput),
  'supportSheet.markSent': writes<SupportSheetStatus>()(supportSheetMarkSentInput),
  /** The desktop app prints the sheet on screen to a PDF file; in browser mode the page prints itself. */
  'supportSheet.exportPdf': reads<PdfExportStarted>()(supportSheetPdfInput),
};
