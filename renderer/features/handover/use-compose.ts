import { useCallback, useEffect, useMemo, useState } from 'react';
import type { HandoverDocument } from '../../../core/handover';
import type { HandoverIssue } from '../../../core/handover-rules';
import { ApiCallError, call } from '../../lib/api';
import { useNow } from '../../lib/clock';
import { useStore } from '../../store';
import { useDraft } from '../drafts/use-draft';
import {
  checkEdits,
  HANDOVER_DRAFT_KEY,
  indexIssues,
  initialEdits,
  submitInput,
  withDraft,
  type ComposeEdits,
  type IssueIndex,
} from './compose-state';

export interface Compose {
  doc: HandoverDocument | null;
  edits: ComposeEdits | null;
  /** The completeness check, as the service runs it, on what is written now. */
  issues: IssueIndex;
  /** Field-level problems are shown once the agent tries to submit (not as a wall of red at the start). */
  showFieldIssues: boolean;
  loading: boolean;
  /** The log could not be read (shown with a retry). */
  loadFailed: boolean;
  submitting: boolean;
  now: number;
  update(change: (edits: ComposeEdits) => ComposeEdits): void;
  /** Composes again from the log, keeping what the agent wrote for cases still open. */
  refresh(): Promise<void>;
  /** Resolves to the submitted handover's id; rejects with the service's error. */
  submit(): Promise<string>;
}

/** The outgoing agent's handover being written: composed from the log, edited, kept as a draft, submitted. */
export function useCompose(): Compose {
  const agents = useStore((s) => s.agents);
  const handoverChanged = useStore((s) => s.handoverChanged);
  const now = useNow(30_000);
  const [doc, setDoc] = useState<HandoverDocument | null>(null);
  const [edits, setEdits] = useState<ComposeEdits | null>(null);
  const [touched, setTouched] = useState(false);
  const [serverIssues, setServerIssues] = useState<HandoverIssue[]>([]);
  const [showFieldIssues, setShowFieldIssues] = useState(false);
  const [loading, setLoading] = useState(true);
  const [submitting, setSubmitting] = useState(false);
  const [loadFailed, setLoadFailed] = useState(false);

  /** A composition from the log: what the agent already wrote stays, for the cases still open. */
  const apply = useCallback((composed: HandoverDocument) => {
    setDoc(composed);
    setEdits((current) =>
      current ? withDraft(composed, current as unknown as Record<string, unknown>) : initialEdits(composed),
    );
    setServerIssues([]);
  }, []);

  useEffect(() => {
    let live = true;
    call('handover.compose', {})
      .then((composed) => live && apply(composed))
      .catch(() => live && setLoadFailed(true))
      .finally(() => live && setLoading(false));
    return () => {
      live = false;
    };
  }, [apply]);

  const refresh = useCallback(async () => {
    setLoading(true);
    try {
      apply(await call('handover.compose', {}));
      setLoadFailed(false);
    } finally {
      setLoading(false);
    }
  }, [apply]);

  const draft = useDraft(HANDOVER_DRAFT_KEY, touched ? edits : null, {
    enabled: doc !== null,
    isEmpty: (value) => value === null,
    onRestore: (body) => {
      if (!doc) return;
      setEdits(withDraft(doc, body));
      setTouched(true);
    },
  });

  const issues = useMemo(() => {
    if (!doc || !edits) return indexIssues([]);
    const client = checkEdits(doc, edits, agents, now);
    // The service also knows what the page cannot (an owner removed meanwhile): shown until the next edit.
    const more = serverIssues.filter(
      (s) => !client.some((c) => c.path === s.path && c.message === s.message),
    );
    return indexIssues([...client, ...more]);
  }, [doc, edits, agents, now, serverIssues]);

  const update = useCallback((change: (edits: ComposeEdits) => ComposeEdits) => {
    setEdits((current) => (current ? change(current) : current));
    setTouched(true);
    setServerIssues([]);
  }, []);

  const submit = useCallback(async () => {
    if (!doc || !edits) throw new Error('nothing composed');
    setShowFieldIssues(true);
    setSubmitting(true);
    try {
      const handover = await call('handover.submit', submitInput(doc, edits));
      // Untouched first, so that an autosave still waiting for its pause is dropped, not written after.
      setTouched(false);
      await draft.discard();
      handoverChanged(handover);
      return handover.id;
    } catch (error) {
      if (error instanceof ApiCallError && error.code === 'VALIDATION') {
        // A case opened since composing: compose again so that it shows, with what was written kept.
        if (error.issues.some((i) => i.message === 'handover.issues.notInDraft')) await refresh();
        setServerIssues(error.issues.filter((i) => i.message !== 'handover.issues.notInDraft'));
      }
      throw error;
    } finally {
      setSubmitting(false);
    }
  }, [doc, edits, draft, handoverChanged, refresh]);

  return {
    doc,
    edits,
    issues,
    showFieldIssues,
    loading,
    loadFailed,
    submitting,
    now,
    update,
    refresh,
    submit,
  };
}
