import type { InputOf } from '../../../core/api';
import type { UpdateStatus } from '../../../core/escalation-status';
import type { PartnerRequest, PartnerRequestDetail } from '../../../core/partner-requests';
import type { Submission } from '../../../core/tracked-request';
import { call } from '../../lib/api';
import type { Slice } from '../../store/slice';
import type { ListFilter } from './handoff-list';

/** Partner Center requests: the list, and the one open in its drawer. */
export interface PartnerRequestSlice {
  /** The Partner Center request open in its drawer: an id, 'new', or none. */
  partnerRequestOpen: string | null;
  /** The open request as last read or saved; null for a new one until it is saved. */
  partnerRequest: PartnerRequestDetail | null;
  openPartnerRequest(id: string): void;
  closePartnerRequest(): void;
  listPartnerRequests(filter: ListFilter): Promise<PartnerRequest[]>;
  loadPartnerRequest(id: string): Promise<PartnerRequestDetail>;
  /** Saves the draft (new or continued); the queue shows it. */
  preparePartnerRequest(input: InputOf<'partnerRequests.prepare'>): Promise<PartnerRequestDetail>;
  submitPartnerRequest(id: string, submission: Submission): Promise<void>;
  updatePartnerRequest(request: PartnerRequest, to: UpdateStatus, note: string): Promise<void>;
  discardPartnerRequest(id: string): Promise<void>;
}

export const createPartnerRequestSlice: Slice<PartnerRequestSlice> = (set, get) => ({
  partnerRequestOpen: null,
  partnerRequest: null,

  openPartnerRequest(id) {
    set({ partnerRequestOpen: id, partnerRequest: null });
  },
  closePartnerRequest() {
    set({ partnerRequestOpen: null, partnerRequest: null });
  },

  listPartnerRequests: (filter) => call('partnerRequests.list', { filter }),

  async loadPartnerRequest(id) {
    const detail = await call('partnerRequests.get', { id });
    if (get().partnerRequestOpen === id) set({ partnerRequest: detail });
    return detail;
  },

  async preparePartnerRequest(input) {
    const saved = await call('partnerRequests.prepare', input);
    set({ partnerRequest: saved });
    void get().loadHandoffQueue();
    return saved;
  },

  async submitPartnerRequest(id, submission) {
    set({ partnerRequest: await call('partnerRequests.submit', { id, ...submission }) });
    void get().loadHandoffQueue();
  },

  async updatePartnerRequest(request, to, note) {
    const { id, status: from } = request;
    set({
      partnerRequest: await call('partnerRequests.update', { id, from, to, ...(note ? { note } : {}) }),
    });
  },

  async discardPartnerRequest(id) {
    await call('partnerRequests.discard', { id });
    void get().loadHandoffQueue();
  },
});
