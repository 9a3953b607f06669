import type { Attachment } from '../../../core/attachments';
import { isEntryKind, type CaseEvent, type EntryEvent } from '../../../core/cases';

export interface NoteVersion {
  body: string;
  at: number;
  agentName: string;
}

export type TimelineItem =
  | {
      type: 'entry';
      event: EntryEvent;
      /** The note as written, then each edit, oldest first: the last one is the current text. */
      versions: NoteVersion[];
      attachments: Attachment[];
    }
  | { type: 'event'; event: CaseEvent };

const isEntry = (e: CaseEvent): e is EntryEvent => isEntryKind(e.kind);

/**
 * The timeline as the agent reads it: each note shows its current text with its earlier versions folded
 * in (edits are not rows of their own), and files attached to an entry sit with that entry.
 */
export function buildTimeline(
  events: readonly CaseEvent[],
  attachments: readonly Attachment[],
): TimelineItem[] {
  const entries = new Map<string, Extract<TimelineItem, { type: 'entry' }>>();
  const items: TimelineItem[] = [];
  for (const event of events) {
    if (isEntry(event)) {
      const item = {
        type: 'entry' as const,
        event,
        versions: [{ body: event.payload.body, at: event.at, agentName: event.agentName }],
        attachments: [],
      };
      entries.set(event.id, item);
      items.push(item);
    } else if (event.kind === 'note_edited') {
      entries.get(event.payload.noteId)?.versions.push({
        body: event.payload.body,
        at: event.at,
        agentName: event.agentName,
      });
    } else if (!(
      event.kind === 'attachment_added' &&
      event.payload.eventId &&
      entries.has(event.payload.eventId)
    )) {
      items.push({ type: 'event', event });
    }
  }
  for (const file of attachments) if (file.eventId) entries.get(file.eventId)?.attachments.push(file);
  return items;
}

export const currentText = (versions: readonly NoteVersion[]) => versions.at(-1)!.body;
