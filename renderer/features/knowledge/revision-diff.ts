// What changed between two revisions of an article: each text compared line by line, and a changed line
// word by word (Chinese words found by the browser's word segmenter, since Chinese has no spaces), with
// jsdiff (the `diff` package).
import { diffLines, diffWordsWithSpace } from 'diff';
import { LANGUAGES } from '../../../core/domain';
import type { ArticleContent } from '../../../core/knowledge';

export type DiffChange = 'same' | 'added' | 'removed';
export interface DiffPart {
  text: string;
  change: DiffChange;
}

const segmenter =
  typeof Intl.Segmenter === 'function' ? new Intl.Segmenter('zh', { granularity: 'word' }) : null;
const changeOf = (c: { added?: boolean; removed?: boolean }): DiffChange =>
  c.added ? 'added' : c.removed ? 'removed' : 'same';

function words(before: string, after: string): DiffPart[] {
  const parts = segmenter
    ? diffWordsWithSpace(before, after, { intlSegmenter: segmenter })
    : diffWordsWithSpace(before, after);
  return parts.map((p) => ({ text: p.value, change: changeOf(p) }));
}

/** Two texts compared: unchanged lines as they are, a replaced line as the words it lost and gained. */
export function textDiff(before: string, after: string): DiffPart[] {
  const lines = diffLines(before, after);
  const out: DiffPart[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const next = lines[i + 1];
    if (line.removed && next?.added) {
      out.push(...words(line.value, next.value));
      i++;
    } else out.push({ text: line.value, change: changeOf(line) });
  }
  // Neighbours of the same kind read as one mark.
  return out.reduce<DiffPart[]>((merged, part) => {
    const last = merged.at(-1);
    if (last && last.change === part.change) last.text += part.text;
    else if (part.text) merged.push({ ...part });
    return merged;
  }, []);
}

export const hasChanges = (parts: readonly DiffPart[]) => parts.some((p) => p.change !== 'same');

/** The texts of an article a revision diff compares, by the key of their label. */
export type DiffSection = { key: string; parts: DiffPart[] };

/** Each text of the two contents that differs, with its diff; the other parts as before → after. */
export function contentDiff(before: ArticleContent, after: ArticleContent): DiffSection[] {
  const sections: DiffSection[] = [];
  for (const language of LANGUAGES) {
    for (const part of ['title', 'body'] as const) {
      const parts = textDiff(before.versions[language][part], after.versions[language][part]);
      if (hasChanges(parts)) sections.push({ key: `${part}.${language}`, parts });
    }
  }
  const tags = textDiff(before.tags.join('\n'), after.tags.join('\n'));
  if (hasChanges(tags)) sections.push({ key: 'tags', parts: tags });
  return sections;
}
