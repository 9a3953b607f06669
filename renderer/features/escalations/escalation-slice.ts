// The hand-off to 21Vianet in the store: the case's escalations, Partner Center requests, and what both
// share (the settings, the offline queue, the hand-off window). Components call these actions; only the
// actions talk to the API.
import type { InputOf } from '../../../core/api';
import type { CaseEscalations, Escalation, EscalationListItem } from '../../../core/escalations';
import type { EscalationChange } from '../../../core/escalations';
import type { UpdateStatus } from '../../../core/escalation-status';
import type { Submission } from '../../../core/tracked-request';
import { call } from '../../lib/api';
import type { Slice } from '../../store/slice';
import type { ListFilter } from './handoff-list';
import { createHandoffSlice, type HandoffSlice } from './handoff-slice';
import { createPartnerRequestSlice, type PartnerRequestSlice } from './partner-request-slice';

export interface CaseEscalationSlice {
  /** The case whose escalation panel is open. */
  escalationPanelFor: string | null;
  /** The open case's escalations, its customer's premium flag and contacts. */
  caseEscalations: { caseId: string; data: CaseEscalations } | null;
  openEscalationPanel(caseId: string): void;
  closeEscalationPanel(): void;
  loadCaseEscalations(caseId: string): Promise<CaseEscalations>;
  listEscalations(filter: ListFilter): Promise<EscalationListItem[]>;
  /** Saves the case's draft (new or continued); the panel and the queue show it. */
  prepareEscalation(input: InputOf<'escalations.prepare'>): Promise<Escalation>;
  submitEscalation(id: string, submission: Submission): Promise<void>;
  updateEscalation(escalation: Escalation, to: UpdateStatus, note: string): Promise<void>;
  discardEscalation(escalation: Escalation): Promise<void>;
  /** A submission or update changed the escalation and its case: show both without another round trip. */
  escalationChanged(change: EscalationChange): void;
}

export type EscalationSlice = CaseEscalationSlice & PartnerRequestSlice & HandoffSlice;

const createCaseEscalationSlice: Slice<CaseEscalationSlice> = (set, get) => ({
  escalationPanelFor: null,
  caseEscalations: null,

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

  listEscalations: (filter) => call('escalations.list', { filter }),

  async prepareEscalation(input) {
    const escalation = await call('escalations.prepare', input);
    await Promise.all([get().loadCaseEscalations(input.caseId), get().loadHandoffQueue()]);
    return escalation;
  },

  async submitEscalation(id, submission) {
    get().escalationChanged(await call('escalations.submit', { id, ...submission }));
    void get().loadHandoffQueue();
  },

  async updateEscalation(escalation, to, note) {
    const { id, status: from } = escalation;
    get().escalationChanged(await call('escalations.update', { id, from, to, ...(note ? { note } : {}) }));
  },

  async discardEscalation(escalation) {
    await call('escalations.discard', { id: escalation.id });
    await Promise.all([get().loadCaseEscalations(escalation.caseId), get().loadHandoffQueue()]);
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

export const createEscalationSlice: Slice<EscalationSlice> = (...a) => ({
  ...createCaseEscalationSlice(...a),
  ...createPartnerRequestSlice(...a),
  ...createHandoffSlice(...a),
});
