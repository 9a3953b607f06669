import { useTranslation } from 'react-i18next';
import type { DiffPart } from './revision-diff';

/** A text diff as <ins>/<del>, each mark also named in words for a screen reader. */
export function DiffView({ parts, label }: { parts: readonly DiffPart[]; label: string }) {
  const { t } = useTranslation();
  return (
    <div className="sd-diff" role="region" aria-label={label}>
      {parts.map((p, i) =>
        p.change === 'same' ? (
          <span key={i}>{p.text}</span>
        ) : p.change === 'added' ? (
          <ins key={i} aria-label={`${t('knowledge.history.added')}: ${p.text}`}>
            {p.text}
          </ins>
        ) : (
          <del key={i} aria-label={`${t('knowledge.history.removed')}: ${p.text}`}>
            {p.text}
          </del>
        ),
      )}
    </div>
  );
}
