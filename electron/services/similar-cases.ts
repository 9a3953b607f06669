import type { ParsedInputOf } from '../../core/api';
import type { SimilarCase } from '../../core/cases';
import { openCasesOfCustomer } from '../../db/queries/cases';
import type { ServiceContext } from './context';
import type { similarCasesOperations } from '../../core/case-relations';
import type { Handlers } from './handlers';

/** How alike two titles must be to warn; 0.5 means half of their n-grams are shared. */
export const SIMILAR_THRESHOLD = 0.5;
/** A title lighter than this (one Chinese word, or one other word) says too little to compare. */
const MIN_WEIGHT = 2;
/** A customer rarely has more open cases than this; the newest are the likely duplicates. */
const SCAN_LIMIT = 500;

const CJK = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Hangul}';
// A run of Chinese (Japanese, Korean) characters, or a word of letters and digits of other scripts.
const RUNS = new RegExp(`[${CJK}]+|(?:(?![${CJK}])[\\p{L}\\p{N}])+`, 'gu');
const IS_CJK = new RegExp(`^[${CJK}]`, 'u');
/** A word of another script weighs as much as a two-character Chinese word (which gives ~2 bigrams). */
const WORD_WEIGHT = 2;

/**
 * A title's character n-grams with their weights. Each run of Chinese characters gives its bigrams,
 * weight 1 each: most Chinese words are two characters and titles have no spaces to split on. Each other
 * word gives its trigrams sharing the word's weight, so "prompting" still meets "prompts" while a long
 * product name ("SharePoint") cannot outweigh the rest of the title. Case, width, punctuation ignored.
 */
export function titleGrams(title: string): Map<string, number> {
  const grams = new Map<string, number>();
  const add = (gram: string, weight: number) => grams.set(gram, (grams.get(gram) ?? 0) + weight);
  for (const [run] of title.normalize('NFKC').toLowerCase().matchAll(RUNS)) {
    const chars = [...run];
    const cjk = IS_CJK.test(run);
    const n = cjk ? 2 : 3;
    const count = Math.max(1, chars.length - n + 1);
    const weight = cjk ? 1 : WORD_WEIGHT / count;
    if (chars.length <= n) add(run, cjk ? 1 : WORD_WEIGHT);
    else for (let i = 0; i < count; i++) add(chars.slice(i, i + n).join(''), weight);
  }
  return grams;
}

const total = (grams: Map<string, number>) => [...grams.values()].reduce((sum, w) => sum + w, 0);

/** Weighted Dice coefficient of two titles' grams: 1 for the same title, 0 for nothing in common. */
export function similarity(a: Map<string, number>, b: Map<string, number>): number {
  const size = total(a) + total(b);
  if (size === 0) return 0;
  let shared = 0;
  for (const [gram, weight] of a) {
    const other = b.get(gram);
    if (other !== undefined) shared += weight + other;
  }
  return shared / size;
}

/** The customer's open cases whose title looks like `title`, the most alike first. */
export function similarOpenCases(
  ctx: ServiceContext,
  input: ParsedInputOf<'cases.similarOpen'>,
): SimilarCase[] {
  const grams = titleGrams(input.title);
  if (total(grams) < MIN_WEIGHT) return [];
  return openCasesOfCustomer(ctx.db, input.customerId, SCAN_LIMIT)
    .filter((c) => c.id !== input.excludeId)
    .map((c) => ({ ...c, score: Math.round(similarity(grams, titleGrams(c.title)) * 100) / 100 }))
    .filter((c) => c.score >= SIMILAR_THRESHOLD)
    .sort((a, b) => b.score - a.score || b.updatedAt - a.updatedAt)
    .slice(0, input.limit);
}

/** The operations of core/case-relations.ts (`similarCasesOperations`), bound to the functions above. */
export const similarCasesHandlers: Handlers<typeof similarCasesOperations> = {
  'cases.similarOpen': similarOpenCases,
};
