import { useCallback, useEffect, useRef, useState } from 'react';
import { call } from '../../lib/api';

/** How long typing must pause before the draft is written. */
export const DRAFT_DELAY_MS = 500;

export type DraftStatus = 'idle' | 'saving' | 'saved' | 'failed';

interface Options<T> {
  /** False until the form that shows the draft exists; nothing is read or written before. */
  enabled?: boolean;
  /** Nothing worth keeping: the stored draft is discarded instead of saved. */
  isEmpty(value: T): boolean;
  /** Called once with the stored draft, if there is one and nothing was typed meanwhile. */
  onRestore(body: Record<string, unknown>): void;
}

/**
 * Keeps what the agent is typing in the case log (drafts table), so that a crash, a reload or a restart
 * loses at most the last half second. Restores on mount; `discard()` after the real save.
 */
export function useDraft<T>(key: string, value: T, { isEmpty, onRestore, enabled = true }: Options<T>) {
  const [status, setStatus] = useState<DraftStatus>('idle');
  /** The key whose stored draft has been read: autosave waits for it, so it never overwrites the draft. */
  const [readyKey, setReadyKey] = useState<string | null>(null);
  const ready = readyKey === key;
  /** What the case log holds for this key ('' for nothing), so that nothing is written twice. */
  const stored = useRef<string | null>(null);
  /** A change not yet written (the pause has not ended). */
  const pending = useRef<string | null>(null);
  /** Writes run one after another: a discard never overtakes the save typed just before it. */
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  /** The latest value and callbacks, for the asynchronous parts. */
  const latest = useRef({ value, isEmpty, onRestore });
  const serialized = JSON.stringify(value);

  useEffect(() => {
    latest.current = { value, isEmpty, onRestore };
  });

  useEffect(() => {
    if (!enabled) return;
    let live = true;
    call('drafts.get', { key })
      .then(({ draft }) => {
        if (!live) return;
        stored.current = draft ? JSON.stringify(draft.body) : '';
        // Text typed while the draft was loading wins over the stored one.
        const { value: now, isEmpty: blank, onRestore: restore } = latest.current;
        if (draft && blank(now)) restore(draft.body);
      })
      .catch(() => live && setStatus('failed'))
      .finally(() => live && setReadyKey(key));
    return () => {
      live = false;
    };
  }, [key, enabled]);

  const enqueue = useCallback((op: () => Promise<unknown>) => {
    queue.current = queue.current.then(op, op);
    return queue.current;
  }, []);

  const write = useCallback(
    (text: string) => {
      pending.current = null;
      const blank = latest.current.isEmpty(JSON.parse(text) as T);
      const next = blank ? '' : text;
      if (next === stored.current) return;
      stored.current = next;
      setStatus('saving');
      void enqueue(() =>
        (blank
          ? call('drafts.discard', { key })
          : call('drafts.save', { key, body: JSON.parse(text) as Record<string, unknown> })
        ).then(
          () => setStatus(blank ? 'idle' : 'saved'),
          () => {
            stored.current = null; // unknown now: write again on the next change
            setStatus('failed');
          },
        ),
      );
    },
    [key, enqueue],
  );

  useEffect(() => {
    if (!ready || serialized === stored.current) return;
    pending.current = serialized;
    const timer = setTimeout(() => write(serialized), DRAFT_DELAY_MS);
    return () => clearTimeout(timer);
  }, [serialized, ready, write]);

  // Leaving the case (or the page's React tree) before the pause ends still keeps the text.
  useEffect(
    () => () => {
      if (pending.current !== null) write(pending.current);
    },
    [write],
  );

  /** The entry was saved for real: the draft goes, and any pending autosave with it. */
  const discard = useCallback(async () => {
    pending.current = null;
    stored.current = '';
    setStatus('idle');
    await enqueue(() => call('drafts.discard', { key }));
  }, [key, enqueue]);

  return { status, ready, discard };
}
