import type { CallDirection, CaseEvent, EntryKind, SentArticle } from '../../../core/cases';
import { call } from '../../lib/api';

/** What the composer holds; also its draft. */
export interface ComposerValue {
  mode: EntryKind;
  body: string;
  direction: CallDirection;
  minutes: number | null;
}
export const EMPTY_COMPOSER: ComposerValue = { mode: 'note', body: '', direction: 'in', minutes: null };

export type ComposerEntry =
  | { mode: 'note'; body: string }
  /** `article`: the knowledge-base article the reply sends, recorded with it. */
  | { mode: 'reply'; body: string; article?: SentArticle }
  | { mode: 'call'; body: string; direction: CallDirection; minutes: number };

/** A draft that holds nothing worth keeping (the mode and call direction alone are not). */
export const isEmptyComposer = (v: ComposerValue) => v.body.trim() === '' && v.minutes === null;

/** The entry to send, or null while something required is missing (the save button stays disabled). */
export function toEntry(v: ComposerValue): ComposerEntry | null {
  if (!v.body.trim()) return null;
  if (v.mode === 'note') return { mode: 'note', body: v.body };
  if (v.mode === 'reply') return { mode: 'reply', body: v.body };
  return v.minutes === null
    ? null
    : { mode: 'call', body: v.body, direction: v.direction, minutes: v.minutes };
}

export function entryCall(caseId: string, entry: ComposerEntry): Promise<CaseEvent> {
  switch (entry.mode) {
    case 'note':
      return call('cases.addNote', { caseId, body: entry.body });
    case 'reply':
      return call('cases.addReply', {
        caseId,
        body: entry.body,
        ...(entry.article ? { article: entry.article } : {}),
      });
    case 'call':
      return call('cases.logCall', {
        caseId,
        direction: entry.direction,
        minutes: entry.minutes,
        body: entry.body,
      });
  }
}
