// A case's timeline: notes, replies, calls. Implemented by electron/services/case-events.ts.
import {
  type CaseEvent,
  type CaseEventOf,
  casesAddNoteInput,
  casesAddReplyInput,
  casesEditNoteInput,
  casesLogCallInput,
} from '../cases';
import { writes } from '../operation';

export const caseEventsOperations = {
  'cases.addNote': writes<CaseEvent>()(casesAddNoteInput),
  'cases.addReply': writes<CaseEventOf<'reply'>>()(casesAddReplyInput),
  'cases.logCall': writes<CaseEventOf<'call'>>()(casesLogCallInput),
  'cases.editNote': writes<CaseEventOf<'note_edited'>>()(casesEditNoteInput),
};
