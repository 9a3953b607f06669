// Files attached to cases. Implemented by electron/services/attachments.ts.
import {
  type AttachmentContent,
  type AttachmentOpened,
  attachmentsAddInput,
  attachmentsContentInput,
  attachmentsOpenInput,
} from '../attachments';
import type { CaseDetail } from '../cases';
import { reads, writes } from '../operation';

export const attachmentsOperations = {
  'attachments.add': writes<CaseDetail>()(attachmentsAddInput),
  'attachments.open': reads<AttachmentOpened>()(attachmentsOpenInput),
  'attachments.content': reads<AttachmentContent>()(attachmentsContentInput),
};
