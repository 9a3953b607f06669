import type { QueueItem } from '../../../core/escalation-queue';
import type { CaseEscalations, EscalationChange } from '../../../core/escalations';
import type { HandoffSettings } from '../../../core/handoff-settings';
import { call } from '../../lib/api';
import type { Slice } from '../../store/slice';

export interface EscalationSlice {
  /** The case whose escalation panel is open. */
  escalationPanelFor: string | null;
  /** The open case's escalations, its customer's premium flag and contacts. */
  caseEscalations: { caseId: string; data: CaseEscalations } | null;
  handoffSettings: HandoffSettings | null;
  /** Drafts of either kind waiting to be submitted in 21Vianet's form. */
  handoffQueue: QueueItem[];
  /** The Partner Center request open in its drawer: an id, 'new', or none. */
  partnerRequestOpen: string | null;
  openPartnerRequest(id: string): void;
  closePartnerRequest(): void;
  openEscalationPanel(caseId: string): void;
  closeEscalationPanel(): void;
  loadCaseEscalations(caseId: string): Promise<CaseEscalations>;
  loadHandoffSettings(): Promise<HandoffSettings>;
  loadHandoffQueue(): Promise<QueueItem[]>;
  /** A submission or update changed the escalation and its case: show both without another round trip. */
  escalationChanged(change: EscalationChange): void;
}

export const createEscalationSlice: Slice<EscalationSlice> = (set, get) => ({
  escalationPanelFor: null,
  caseEscalations: null,
  handoffSettings: null,
  handoffQueue: [],
  partnerRequestOpen: null,

  openPartnerRequest(id) {
    set({ partnerRequestOpen: id });
  },
  closePartnerRequest() {
    set({ partnerRequestOpen: null });
  },
  openEscalationPanel(caseId) {
    set({ escalationPanelFor: caseId });
  },
  closeEscalationPanel() {
    set({ escalationPanelFor: null });
  },

  async loadCaseEscalations(caseId) {
    const data = await call('caseEscalations.get', { caseId });
    set({ caseEscalations: { caseId, data } });
    return data;
  },

  async loadHandoffSettings() {
    const settings = await call('handoffSettings.get', {});
    set({ handoffSettings: settings });
    return settings;
  },

  async loadHandoffQueue() {
    const queue = await call('handoffQueue.list', {});
    set({ handoffQueue: queue });
    return queue;
  },

  escalationChanged({ escalation, case: detail }) {
    set((s) => {
      const current = s.caseEscalations;
      if (!current || current.caseId !== escalation.caseId) return {};
      const others = current.data.escalations.filter((e) => e.id !== escalation.id);
      const escalations = [escalation, ...others].sort((a, b) => b.createdAt - a.createdAt);
      return { caseEscalations: { caseId: current.caseId, data: { ...current.data, escalations } } };
    });
    const open = get().openCase;
    if (open?.id === detail.id) set({ openCase: { ...open, detail } });
    get().caseUpdated(detail);
  },
});
