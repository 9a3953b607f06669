// Printing the window on screen to a PDF file the agent picks: started here and finished by the app (which
// reveals the file), as attachments are opened; in browser mode there is no printer here and the UI prints
// itself.
import type { PdfExportStarted } from '../../core/handover';
import type { ServiceContext } from './context';

/** `what` names the document in the log line written when the file could not be written. */
export function startPdfExport(ctx: ServiceContext, suggestedName: string, what: string): PdfExportStarted {
  if (!ctx.platform.printToPdf) return { started: false };
  ctx.platform.printToPdf({ suggestedName }).catch((error: unknown) => {
    console.error(`ShiftDesk: the ${what} PDF could not be written`, error);
  });
  return { started: true };
}
