import type { Agent } from '../../../core/agents';
import type { InputOf } from '../../../core/api';
import { DEFAULT_ATTACHMENT_LIMIT_MB } from '../../../core/attachment-limits';
import type { CaseDetail, CaseEvent, CasesUpdateInput, LinkKind } from '../../../core/cases';
import type { CaseStatus } from '../../../core/domain';
import { call } from '../../lib/api';
import { openRecordLoader, type OpenRecord } from '../../shared/open-record';
import type { Slice } from '../../store/slice';
import { readAsBase64 } from '../attachments/read-file';
import type { ComposerEntry } from './composer-entry';
import { entryCall } from './composer-entry';

export interface CaseDetailSlice {
  openCase: OpenRecord<CaseDetail> | null;
  /** Everyone a case can be assigned to; loaded with the first case page. */
  agents: Agent[];
  /** The largest file an agent may attach, from the settings. */
  attachmentLimitMb: number;
  /** Creates a case and opens it without a round trip. */
  createCase(input: InputOf<'cases.create'>): Promise<CaseDetail>;
  loadCase(id: string): Promise<void>;
  loadCaseContext(): Promise<void>;
  addNote(caseId: string, body: string): Promise<CaseEvent>;
  /** A note, a reply to the customer or a logged call. */
  addEntry(caseId: string, entry: ComposerEntry): Promise<CaseEvent>;
  editNote(caseId: string, noteId: string, from: string, body: string): Promise<void>;
  changeStatus(detail: CaseDetail, to: CaseStatus, reason?: string): Promise<void>;
  updateFields(detail: CaseDetail, change: Pick<CasesUpdateInput, 'changes' | 'from'>): Promise<void>;
  assign(detail: CaseDetail, ownerId: string | null): Promise<void>;
  addTag(caseId: string, tag: string): Promise<void>;
  removeTag(caseId: string, tag: string): Promise<void>;
  link(caseId: string, otherId: string, kind: LinkKind): Promise<void>;
  unlink(caseId: string, otherId: string): Promise<void>;
  /** Uploads one file to the case, or to one of its entries. */
  attach(caseId: string, file: File, eventId?: string): Promise<void>;
}

export const createCaseDetailSlice: Slice<CaseDetailSlice> = (set, get) => {
  const updated = (detail: CaseDetail) => {
    get().caseUpdated(detail);
    set((s) => (s.openCase?.id === detail.id ? { openCase: { ...s.openCase, detail } } : {}));
  };
  const appended = (event: CaseEvent) => {
    const detail = get().openCase?.detail;
    if (detail?.id === event.caseId) {
      updated({
        ...detail,
        updatedAt: Math.max(detail.updatedAt, event.at),
        events: [...detail.events, event],
      });
    }
    return event;
  };

  return {
    openCase: null,
    agents: [],
    attachmentLimitMb: DEFAULT_ATTACHMENT_LIMIT_MB,

    async createCase(input) {
      const detail = await call('cases.create', input);
      set({ openCase: { id: detail.id, detail, missing: false } });
      get().caseUpdated(detail);
      return detail;
    },

    loadCase: openRecordLoader(get, set, 'openCase', (id: string) => call('cases.get', { id })),

    async loadCaseContext() {
      const [agents, settings] = await Promise.all([call('agents.list', {}), call('settings.get', {})]);
      set({ agents, attachmentLimitMb: settings.attachmentLimitMb });
    },

    async addNote(caseId, body) {
      return appended(await call('cases.addNote', { caseId, body }));
    },

    async addEntry(caseId, entry) {
      return appended(await entryCall(caseId, entry));
    },

    async editNote(caseId, noteId, from, body) {
      appended(await call('cases.editNote', { caseId, noteId, from, body }));
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

    async updateFields(detail, { changes, from }) {
      updated(await call('cases.update', { caseId: detail.id, changes, from }));
    },

    async assign(detail, ownerId) {
      updated(await call('cases.assign', { caseId: detail.id, ownerId, from: detail.owner?.id ?? null }));
    },

    async addTag(caseId, tag) {
      updated(await call('cases.addTag', { caseId, tag }));
    },

    async removeTag(caseId, tag) {
      updated(await call('cases.removeTag', { caseId, tag }));
    },

    async link(caseId, otherId, kind) {
      updated(await call('cases.link', { caseId, otherId, kind }));
    },

    async unlink(caseId, otherId) {
      updated(await call('cases.unlink', { caseId, otherId }));
    },

    async attach(caseId, file, eventId) {
      const dataBase64 = await readAsBase64(file);
      updated(
        await call('attachments.add', {
          caseId,
          ...(eventId ? { eventId } : {}),
          name: file.name,
          mime: file.type,
          dataBase64,
        }),
      );
    },
  };
};
