import { useEffect, useState } from 'react';
import type { ArticleSuggestion } from '../../../core/knowledge';
import { call } from '../../lib/api';
import { useStore } from '../../store';

/** A short pause after a keystroke before asking: the answer shows well within 100 ms of typing. */
export const SUGGEST_DEBOUNCE_MS = 40;

/**
 * The best published articles for what is typed, asked again as it changes. `settledFor` is the text the
 * shown suggestions answer, so a page (and a test) can tell when they are current.
 */
export function useSuggestions(text: string, caseId?: string, refresh = 0) {
  const [state, setState] = useState<{ items: ArticleSuggestion[]; settledFor: string | null }>({
    items: [],
    settledFor: null,
  });
  const language = useStore((s) => s.language);
  useEffect(() => {
    let live = true;
    const timer = setTimeout(() => {
      call('articles.suggest', { text: text.slice(0, 20_000), language, ...(caseId ? { caseId } : {}) })
        .then((items) => live && setState({ items, settledFor: text }))
        .catch(() => live && setState({ items: [], settledFor: text }));
    }, SUGGEST_DEBOUNCE_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [text, caseId, refresh, language]);
  return { items: state.items, settled: state.settledFor === text };
}
