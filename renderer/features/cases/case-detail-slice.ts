import type { CaseDetail, CaseEvent } from '../../../electron/contract/cases';
import type { CaseStatus } from '../../../electron/contract/domain';
import { call } from '../../lib/api';
import type { Slice } from '../../store/slice';

export interface CaseDetailSlice {
  openCase: { id: string; detail: CaseDetail | null; missing: boolean } | null;
  /** A case the agent just created: open it without a round trip. */
  showCase(detail: CaseDetail): void;
  loadCase(id: string): Promise<void>;
  addNote(caseId: string, body: string): Promise<CaseEvent>;
  changeStatus(detail: CaseDetail, to: CaseStatus, reason?: string): Promise<void>;
}

export const createCaseDetailSlice: Slice<CaseDetailSlice> = (set, get) => {
  const updated = (detail: CaseDetail) => {
    get().caseUpdated(detail);
    set((s) => (s.openCase?.id === detail.id ? { openCase: { ...s.openCase, detail } } : {}));
  };

  return {
    openCase: null,

    showCase(detail) {
      set({ openCase: { id: detail.id, detail, missing: false } });
      get().caseUpdated(detail);
    },

    async loadCase(id) {
      if (get().openCase?.id !== id) set({ openCase: { id, detail: null, missing: false } });
      try {
        const detail = await call('cases.get', { id });
        if (get().openCase?.id === id) set({ openCase: { id, detail, missing: false } });
      } catch (error) {
        const code = (error as { code?: string }).code;
        if (code !== 'NOT_FOUND' && code !== 'VALIDATION') throw error;
        set({ openCase: { id, detail: null, missing: true } });
      }
    },

    async addNote(caseId, body) {
      const event = await call('cases.addNote', { caseId, body });
      const detail = get().openCase?.detail;
      if (detail?.id === caseId)
        updated({ ...detail, updatedAt: event.at, events: [...detail.events, event] });
      return event;
    },

    async changeStatus(detail, to, reason) {
      updated(
        await call('cases.changeStatus', {
          caseId: detail.id,
          from: detail.status,
          to,
          ...(reason ? { reason } : {}),
        }),
      );
    },
  };
};
