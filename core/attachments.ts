import { z } from 'zod';
import { base64Length, MAX_ATTACHMENT_LIMIT_MB, MB } from './attachment-limits';
import { id, requiredText } from './validation';
import type { CaseDetail } from './cases';
import { reads, writes } from './operation';

export const attachmentsAddInput = z.object({
  caseId: id,
  /** The note, reply or call the file belongs to; without it the file belongs to the case. */
  eventId: id.optional(),
  name: requiredText(255),
  mime: z.string().trim().max(127, 'validation.tooLong').default(''),
  /** The file's bytes; the configured limit is checked on the decoded size. */
  dataBase64: z
    .string()
    .max(base64Length(MAX_ATTACHMENT_LIMIT_MB * MB), 'validation.tooLong')
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'validation.invalid'),
});
export type AttachmentsAddInput = z.input<typeof attachmentsAddInput>;

export interface Attachment {
  id: string;
  caseId: string;
  eventId: string | null;
  name: string;
  size: number;
  mime: string;
  sha256: string;
  agentId: string;
  agentName: string;
  createdAt: number;
}

/**
 * `opened`: handed to the system viewer (desktop app). False in browser mode, where the UI fetches the
 * content instead. `revealed`: the file could run code, so its folder was opened rather than the file.
 */
export interface AttachmentOpened {
  opened: boolean;
  revealed: boolean;
}

export interface AttachmentContent {
  name: string;
  mime: string;
  size: number;
  dataBase64: string;
}

/** Files attached to cases. Implemented by electron/services/attachments.ts. */
export const attachmentsOperations = {
  'attachments.add': writes<CaseDetail>()(attachmentsAddInput),
  'attachments.open': reads<AttachmentOpened>()(z.object({ id })),
  'attachments.content': reads<AttachmentContent>()(z.object({ id })),
};
