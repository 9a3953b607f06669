import { bodyFor, fillPlaceholders, type CannedReply, type Placeholder } from '../../../core/canned-replies';
import type { CaseDetail } from '../../../core/cases';
import type { Contact } from '../../../core/customers';
import type { Language } from '../../../core/domain';
import { formatDateTime } from '../../shared/format';

/** What the placeholders stand for on this case, to this contact, from this agent. */
export function replyValues(
  detail: CaseDetail,
  contact: Contact | null,
  agentName: string | null,
): Partial<Record<Placeholder, string>> {
  return {
    customer: detail.customer.name,
    contact: contact?.name ?? '',
    case_number: detail.number,
    title: detail.title,
    agent: agentName ?? '',
    sla_due: detail.nextDueAt === null ? '' : formatDateTime(detail.nextDueAt),
    request_number: detail.requestNumber ?? '',
  };
}

/** The reply as it goes into the composer: in the contact's language (else the interface's), filled in. */
export function filledReply(
  reply: CannedReply,
  language: Language,
  values: Partial<Record<Placeholder, string>>,
): string {
  return fillPlaceholders(bodyFor(reply, language), values);
}

/** Replies whose name or either body holds the filter, case folded. */
export function matchingReplies(replies: readonly CannedReply[], filter: string): CannedReply[] {
  const f = filter.trim().toLocaleLowerCase();
  if (!f) return [...replies];
  return replies.filter((r) =>
    [r.name, r.bodies['zh-CN'], r.bodies.en].some((text) => text.toLocaleLowerCase().includes(f)),
  );
}
