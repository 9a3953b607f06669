// Handover rules: completeness before submission, and the read-back the incoming agent does before they
// acknowledge. Pure: the service and the UI run the same checks.
import type { HandoverDocument, HandoverItem, HandoverStatus } from './handover';

/** A case whose SLA runs out before the next action is due (or already has) needs a fallback. */
export function needsContingency(item: Pick<HandoverItem, 'severity' | 'breached' | 'dueAt' | 'deadline'>) {
  if (item.severity === 'A' || item.breached) return true;
  return item.dueAt !== null && item.deadline !== null && item.dueAt <= item.deadline;
}

/** One problem, against a section (`cases`, `watch`, `notes`), a case (`items.<caseId>.<field>`) or a watch item. */
export interface HandoverIssue {
  path: string;
  /** An i18n key. */
  message: string;
}

type Checked = Pick<HandoverDocument, 'items' | 'casesNone' | 'watch' | 'watchNone' | 'notes' | 'notesNone'>;

/**
 * Completeness: each section holds content or an explicit "none", never both; each case has its next
 * action, owner and a deadline still ahead, and an if/then fallback where needsContingency says so.
 */
export function validateHandover(doc: Checked, now: number): HandoverIssue[] {
  const issues: HandoverIssue[] = [];
  const add = (path: string, message: string) => issues.push({ path, message });

  if (doc.items.length === 0 && !doc.casesNone) add('cases', 'handover.issues.sectionEmpty');
  if (doc.items.length > 0 && doc.casesNone) add('cases', 'handover.issues.noneButOpenCases');
  for (const item of doc.items) {
    const at = (field: string) => `items.${item.caseId}.${field}`;
    if (!item.nextAction.trim()) add(at('nextAction'), 'handover.issues.nextActionRequired');
    if (!item.owner) add(at('owner'), 'handover.issues.ownerRequired');
    if (item.deadline === null) add(at('deadline'), 'handover.issues.deadlineRequired');
    else if (item.deadline <= now) add(at('deadline'), 'handover.issues.deadlinePassed');
    const hasIf = item.contingencyIf.trim() !== '';
    const hasThen = item.contingencyThen.trim() !== '';
    if (hasIf !== hasThen) add(at('contingency'), 'handover.issues.contingencyHalf');
    else if (!hasIf && needsContingency(item)) add(at('contingency'), 'handover.issues.contingencyRequired');
  }

  const watch = doc.watch.filter((w) => w.text.trim() !== '');
  if (doc.watchNone && watch.length > 0) add('watch', 'handover.issues.noneButContent');
  else if (!doc.watchNone && doc.watch.length === 0) add('watch', 'handover.issues.sectionEmpty');
  for (const w of doc.watch) if (!w.text.trim()) add(`watch.${w.id}`, 'handover.issues.watchEmpty');

  const hasNotes = doc.notes.trim() !== '';
  if (doc.notesNone && hasNotes) add('notes', 'handover.issues.noneButContent');
  else if (!doc.notesNone && !hasNotes) add('notes', 'handover.issues.sectionEmpty');
  return issues;
}

/** Which sections have problems, for the markers beside each section. */
export function sectionOf(path: string): 'cases' | 'watch' | 'notes' {
  return path.startsWith('items.') || path === 'cases'
    ? 'cases'
    : path.startsWith('watch')
      ? 'watch'
      : 'notes';
}

// Read-back: the incoming agent confirms each severity-A item, then acknowledges.

/** Cases the incoming agent must confirm one by one before acknowledging. */
export function itemsToConfirm(doc: Pick<HandoverDocument, 'items'>): string[] {
  return doc.items.filter((i) => i.severity === 'A').map((i) => i.caseId);
}

export type ReadBackRefusal =
  'ownHandover' | 'notPending' | 'notConfirmable' | 'alreadyConfirmed' | 'unconfirmedItems';

/** Why `agentId` may not confirm `caseId` on this handover, or null when they may. */
export function confirmRefusal(
  handover: { fromAgentId: string; status: HandoverStatus; document: Pick<HandoverDocument, 'items'> },
  confirmed: ReadonlySet<string>,
  agentId: string,
  caseId: string,
): ReadBackRefusal | null {
  if (handover.fromAgentId === agentId) return 'ownHandover';
  if (handover.status !== 'pending') return 'notPending';
  if (!itemsToConfirm(handover.document).includes(caseId)) return 'notConfirmable';
  if (confirmed.has(caseId)) return 'alreadyConfirmed';
  return null;
}

/** Why `agentId` may not acknowledge, or null when every A item is confirmed and they may. */
export function acknowledgeRefusal(
  handover: { fromAgentId: string; status: HandoverStatus; document: Pick<HandoverDocument, 'items'> },
  confirmed: ReadonlySet<string>,
  agentId: string,
): ReadBackRefusal | null {
  if (handover.fromAgentId === agentId) return 'ownHandover';
  if (handover.status !== 'pending') return 'notPending';
  if (itemsToConfirm(handover.document).some((caseId) => !confirmed.has(caseId))) return 'unconfirmedItems';
  return null;
}
