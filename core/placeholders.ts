// Placeholders in a text the desk writes ("{customer}"): which names a text uses, which of them a kind of
// text does not know, and the text filled in. Canned replies and the support-process sheet each know their
// own names; the syntax, the check on save and the filling are this one machinery.
import type { z } from 'zod';
import { LANGUAGES, type Language } from './domain';

const PLACEHOLDER = /\{([a-z_]+)\}/g;

/** The names a text puts in braces, known or not, each once, in order. */
export function placeholdersIn(text: string): string[] {
  return [...new Set([...text.matchAll(PLACEHOLDER)].map((m) => m[1]!))];
}

export interface PlaceholderSet<N extends string> {
  names: readonly N[];
  /** The names the text uses that this set does not know. */
  unknownIn(text: string): string[];
  /** The text with each known placeholder that has a value replaced by it; any other stays as typed. */
  fill(text: string, values: Partial<Record<N, string>>): string;
  /**
   * A zod refinement for bodies written per language: each body naming an unknown placeholder is refused
   * under its own field (`<path>.<language>`), so the form shows it beside the box.
   */
  checkBodies(bodies: Record<Language, string>, ctx: z.RefinementCtx, path: readonly string[]): void;
}

export function placeholderSet<const N extends string>(names: readonly N[]): PlaceholderSet<N> {
  const known: ReadonlySet<string> = new Set(names);
  const unknownIn = (text: string) => placeholdersIn(text).filter((p) => !known.has(p));
  return {
    names,
    unknownIn,
    fill: (text, values) =>
      text.replace(PLACEHOLDER, (whole, name: string) =>
        known.has(name) && values[name as N] ? values[name as N]! : whole,
      ),
    checkBodies(bodies, ctx, path) {
      for (const language of LANGUAGES) {
        if (unknownIn(bodies[language]).length) {
          ctx.addIssue({
            code: 'custom',
            path: [...path, language],
            message: 'validation.unknownPlaceholder',
          });
        }
      }
    },
  };
}
