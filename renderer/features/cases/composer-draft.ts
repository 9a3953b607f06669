// Apart from composer-entry.ts, which the case slice loads with the first screen: reading a draft back
// needs the validation library, which loads with the case page.
import { composerDraft, draftFields } from '../../../core/drafts';
import { EMPTY_COMPOSER, type ComposerValue } from './composer-entry';

/** A restored draft from an older build or a hand-edited row must not break the composer. */
export function composerFromDraft(body: Record<string, unknown>): ComposerValue {
  return { ...EMPTY_COMPOSER, ...draftFields(composerDraft, body) };
}
