import type { InputOf } from '../../../core/api';
import type { PdfExportStarted } from '../../../core/handover';
import type { SupportSheet, SupportSheetStatus, SupportSheetTemplate } from '../../../core/support-sheet';
import { call } from '../../lib/api';
import type { Slice } from '../../store/slice';

export interface SupportSheetSlice {
  /** The sheet of the customer on screen (its page or its sheet), filled in both languages. */
  openSheet: SupportSheet | null;
  loadSheet(customerId: string): Promise<void>;
  markSheetSent(input: InputOf<'supportSheet.markSent'>): Promise<SupportSheetStatus>;
  exportSheetPdf(customerId: string): Promise<PdfExportStarted>;
  sheetTemplate: SupportSheetTemplate | null;
  loadSheetTemplate(): Promise<void>;
  saveSheetTemplate(input: InputOf<'supportSheetTemplate.save'>): Promise<SupportSheetTemplate>;
}

export const createSupportSheetSlice: Slice<SupportSheetSlice> = (set, get) => ({
  openSheet: null,

  async loadSheet(customerId) {
    if (get().openSheet?.customerId !== customerId) set({ openSheet: null });
    const sheet = await call('supportSheet.get', { customerId });
    set({ openSheet: sheet });
  },

  async markSheetSent(input) {
    const status = await call('supportSheet.markSent', input);
    set((s) => ({
      openSheet: s.openSheet?.customerId === status.customerId ? { ...s.openSheet, ...status } : s.openSheet,
    }));
    return status;
  },

  exportSheetPdf: (customerId) => call('supportSheet.exportPdf', { customerId }),

  sheetTemplate: null,

  async loadSheetTemplate() {
    set({ sheetTemplate: await call('supportSheetTemplate.get', {}) });
  },

  async saveSheetTemplate(input) {
    const saved = await call('supportSheetTemplate.save', input);
    // Every customer's sheet now reads the new version.
    set({ sheetTemplate: saved, openSheet: null });
    return saved;
  },
});
