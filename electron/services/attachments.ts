import { existsSync } from 'node:fs';
import type { ParsedInputOf } from '../../core/api';
import { MB } from '../../core/attachment-limits';
import type { AttachmentContent, AttachmentOpened, attachmentsOperations } from '../../core/attachments';
import { isEntryKind, type CaseDetail } from '../../core/cases';
import { uuidv7 } from '../../db/ids';
import { contentInUse, getAttachment, insertAttachment } from '../../db/queries/attachments';
import { getCaseRow } from '../../db/queries/cases';
import { getEvent } from '../../db/queries/events';
import {
  contentPath,
  displayName,
  isRunnable,
  readContent,
  removeContent,
  storeContent,
  viewerCopy,
} from './attachment-store';
import { changeCase, recordEvent } from './case-events';
import { caseDetail } from './cases';
import type { ServiceContext } from './context';
import { invalidField, notFound, orNotFound, ServiceError } from './errors';
import { getSettings } from './settings';
import type { Handlers } from './handlers';

/**
 * Attaches a file to a case, or to one of its notes, replies or calls. The bytes are stored once per
 * content (two cases attaching the same screenshot share one file); every attachment keeps its own row.
 */
export function addAttachment(ctx: ServiceContext, input: ParsedInputOf<'attachments.add'>): CaseDetail {
  const limitMb = getSettings(ctx).attachmentLimitMb;
  const bytes = Buffer.from(input.dataBase64, 'base64');
  if (bytes.length > limitMb * MB) {
    throw new ServiceError('VALIDATION', `the file is larger than the ${limitMb} MB limit`, [
      { path: 'dataBase64', message: 'attachments.tooLarge' },
    ]);
  }
  // Checked first, stored second: a refused upload leaves nothing on disk. The bytes are written before
  // the transaction, so that the write lock is not held while the disk works; the transaction checks
  // again, and should the case have gone meanwhile, bytes that no row names are removed.
  checkTarget(ctx, orNotFound(getCaseRow(ctx.db, input.caseId), 'case', input.caseId).id, input.eventId);
  const { sha256, stored } = storeContent(ctx.dataDir, bytes);
  try {
    attachRow(ctx, input, sha256, bytes.length);
  } catch (error) {
    if (stored && !contentInUse(ctx.db, sha256)) removeContent(ctx.dataDir, sha256);
    throw error;
  }
  return caseDetail(ctx, { id: input.caseId });
}

/** The note, reply or call a file is attached to must be an entry of the same case. */
function checkTarget(ctx: ServiceContext, caseId: string, eventId: string | undefined): void {
  if (!eventId) return;
  const event = getEvent(ctx.db, eventId);
  if (!event || event.caseId !== caseId || !isEntryKind(event.kind)) {
    throw invalidField('eventId', 'validation.invalid', `event ${eventId} is not an entry of this case`);
  }
}

function attachRow(
  ctx: ServiceContext,
  input: ParsedInputOf<'attachments.add'>,
  sha256: string,
  size: number,
): void {
  changeCase(ctx, input.caseId, (row) => {
    checkTarget(ctx, row.id, input.eventId);
    const now = ctx.now();
    const attachment = {
      id: uuidv7(now),
      caseId: row.id,
      eventId: input.eventId ?? null,
      sha256,
      name: displayName(input.name),
      size,
      mime: input.mime || 'application/octet-stream',
      agentId: ctx.agentId,
      createdAt: now,
    };
    insertAttachment(ctx.db, attachment);
    recordEvent(
      ctx,
      row.id,
      'attachment_added',
      {
        attachmentId: attachment.id,
        name: attachment.name,
        size: attachment.size,
        eventId: attachment.eventId,
      },
      now,
    );
  });
}

/**
 * Hands the file to the system viewer where there is one (the desktop app). A file that could run code
 * is not opened: its folder is, so that the agent decides. Browser mode answers `opened: false`.
 */
export function openAttachment(
  ctx: ServiceContext,
  input: ParsedInputOf<'attachments.open'>,
): AttachmentOpened {
  const attachment = orNotFound(getAttachment(ctx.db, input.id), 'attachment', input.id);
  if (!ctx.platform.openPath) return { opened: false, revealed: false };
  if (!existsSync(contentPath(ctx.dataDir, attachment.sha256))) throw notFound('attachment file', input.id);
  const { dir, file } = viewerCopy(ctx.dataDir, attachment);
  const revealed = isRunnable(attachment.name);
  const target = revealed ? dir : file;
  // The viewer starts on its own; its answer (an error text or '') only matters to the log.
  void ctx.platform.openPath(target).then((error) => {
    if (error) console.error(`ShiftDesk: the system could not open ${target}: ${error}`);
  });
  return { opened: true, revealed };
}

export function attachmentContent(
  ctx: ServiceContext,
  input: ParsedInputOf<'attachments.content'>,
): AttachmentContent {
  const attachment = orNotFound(getAttachment(ctx.db, input.id), 'attachment', input.id);
  const bytes = orNotFound(readContent(ctx.dataDir, attachment.sha256), 'attachment file', input.id);
  return {
    name: attachment.name,
    mime: attachment.mime,
    size: bytes.length,
    dataBase64: bytes.toString('base64'),
  };
}

/** The operations of core/attachments.ts (`attachmentsOperations`), bound to the functions above. */
export const attachmentsHandlers: Handlers<typeof attachmentsOperations> = {
  'attachments.add': addAttachment,
  'attachments.open': openAttachment,
  'attachments.content': attachmentContent,
};
