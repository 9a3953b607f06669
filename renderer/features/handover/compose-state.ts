// What the outgoing agent edits while composing, kept apart from the composed facts: the facts come from
// the log (and are read again at submission), the edits are the agent's and survive a restart as a draft.
import type { Agent } from '../../../core/agents';
import { draftFields, handoverDraft, handoverPlanDraft, type HandoverPlanDraft } from '../../../core/drafts';
import type { HandoverDocument, HandoverSubmitInput, WatchItem } from '../../../core/handover';
import { sectionOf, validateHandover, type HandoverIssue } from '../../../core/handover-rules';

export type PlanEdit = HandoverPlanDraft;

export interface ComposeEdits {
  plans: Record<string, PlanEdit>;
  casesNone: boolean;
  watch: WatchItem[];
  watchNone: boolean;
  notes: string;
  notesNone: boolean;
}

/** The drafts table's key for the agent's handover being written (drafts are per agent). */
export const HANDOVER_DRAFT_KEY = 'handover';

/** The edits a fresh composition starts from: its carried-over or default plans and watch items. */
export function initialEdits(doc: HandoverDocument): ComposeEdits {
  const plans: Record<string, PlanEdit> = {};
  for (const i of doc.items) {
    plans[i.caseId] = {
      nextAction: i.nextAction,
      ownerId: i.owner?.id ?? null,
      deadline: i.deadline,
      contingencyIf: i.contingencyIf,
      contingencyThen: i.contingencyThen,
    };
  }
  return { plans, casesNone: doc.casesNone, watch: doc.watch, watchNone: false, notes: '', notesNone: false };
}

/**
 * A stored draft laid over a fresh composition: plans for cases still open, the sections as written. What
 * the draft does not hold in the expected shape (another version's draft) is left as composed.
 */
export function withDraft(doc: HandoverDocument, draft: Record<string, unknown>): ComposeEdits {
  const composed = initialEdits(doc);
  const edits = { ...composed, ...draftFields(handoverDraft, draft) };
  const plans = (draft.plans ?? {}) as Record<string, unknown>;
  for (const caseId of Object.keys(edits.plans)) {
    const stored = handoverPlanDraft.safeParse(plans[caseId]);
    if (stored.success) edits.plans[caseId] = stored.data;
  }
  if (edits.casesNone && doc.items.length > 0) edits.casesNone = false;
  return edits;
}

/** The document as it would be submitted, for the same completeness check the service runs. */
export function editedDocument(
  doc: HandoverDocument,
  edits: ComposeEdits,
  agents: readonly Agent[],
): HandoverDocument {
  const names = new Map(agents.map((a) => [a.id, a.name]));
  return {
    ...doc,
    items: doc.items.map((item) => {
      const plan = edits.plans[item.caseId];
      if (!plan) return item;
      const { ownerId, ...rest } = plan;
      return { ...item, ...rest, owner: ownerId ? { id: ownerId, name: names.get(ownerId) ?? '' } : null };
    }),
    casesNone: edits.casesNone,
    watch: edits.watch,
    watchNone: edits.watchNone,
    notes: edits.notes,
    notesNone: edits.notesNone,
  };
}

export function submitInput(doc: HandoverDocument, edits: ComposeEdits): HandoverSubmitInput {
  return {
    plans: doc.items.map((i) => ({ caseId: i.caseId, ...edits.plans[i.caseId]! })),
    casesNone: edits.casesNone,
    // A blank line left over beside "none" is not worth an error: it goes.
    watch: edits.watchNone ? edits.watch.filter((w) => w.text.trim() !== '') : edits.watch,
    watchNone: edits.watchNone,
    notes: edits.notes,
    notesNone: edits.notesNone,
  };
}

export interface IssueIndex {
  bySection: Record<'cases' | 'watch' | 'notes', HandoverIssue[]>;
  /** Issues against one field (`items.<caseId>.nextAction`, `watch.<id>`), by path. */
  byPath: Map<string, string>;
  /** Cases with at least one issue. */
  cases: Set<string>;
}

export function indexIssues(issues: readonly HandoverIssue[]): IssueIndex {
  const index: IssueIndex = {
    bySection: { cases: [], watch: [], notes: [] },
    byPath: new Map(),
    cases: new Set(),
  };
  for (const issue of issues) {
    index.bySection[sectionOf(issue.path)].push(issue);
    if (!index.byPath.has(issue.path)) index.byPath.set(issue.path, issue.message);
    const [head, caseId] = issue.path.split('.');
    if (head === 'items' && caseId) index.cases.add(caseId);
  }
  return index;
}

/** The issues the service would report now, for the markers beside each section and field. */
export function checkEdits(
  doc: HandoverDocument,
  edits: ComposeEdits,
  agents: readonly Agent[],
  now: number,
): HandoverIssue[] {
  const checked = editedDocument(doc, edits, agents);
  return validateHandover({ ...checked, watch: submitInput(doc, edits).watch }, now);
}
