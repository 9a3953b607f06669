import type { InputOf } from '../../../core/api';
import type { QueueItem } from '../../../core/escalation-queue';
import type { HandoffOpened, HandoffSettings } from '../../../core/handoff-settings';
import { call } from '../../lib/api';
import type { Slice } from '../../store/slice';

/** What both kinds of request share in the store: settings, the offline queue, the window. */
export interface HandoffSlice {
  handoffSettings: HandoffSettings | null;
  /** Drafts of either kind waiting to be submitted in 21Vianet's form. */
  handoffQueue: QueueItem[];
  loadHandoffSettings(): Promise<HandoffSettings>;
  saveHandoffSettings(input: InputOf<'handoffSettings.update'>): Promise<HandoffSettings>;
  loadHandoffQueue(): Promise<QueueItem[]>;
  /** Asks for the hand-off window at an allowlisted address (browser mode answers with a tab to open). */
  openHandoffWindow(url: string): Promise<HandoffOpened>;
  /** Only customers with a premium agreement may ask 21Vianet for severity A. */
  setPremiumAgreement(customerId: string, premiumAgreement: boolean): Promise<void>;
}

export const createHandoffSlice: Slice<HandoffSlice> = (set, get) => ({
  handoffSettings: null,
  handoffQueue: [],

  async loadHandoffSettings() {
    const settings = await call('handoffSettings.get', {});
    set({ handoffSettings: settings });
    return settings;
  },

  async saveHandoffSettings(input) {
    const saved = await call('handoffSettings.update', input);
    set({ handoffSettings: saved });
    return saved;
  },

  async loadHandoffQueue() {
    const queue = await call('handoffQueue.list', {});
    set({ handoffQueue: queue });
    return queue;
  },

  openHandoffWindow: (url) => call('handoff.open', { url }),

  async setPremiumAgreement(customerId, premiumAgreement) {
    get().showCustomer(await call('customers.update', { id: customerId, premiumAgreement }));
  },
});
