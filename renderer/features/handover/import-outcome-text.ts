import type { TFunction } from 'i18next';
import type { HandoverImportOutcome } from '../../../core/handover-file';

/** A case field's name as the case page labels it (the owner is stored as its id). */
const fieldLabel = (t: TFunction, field: string) => t(`fields.${field === 'ownerId' ? 'owner' : field}`);

/**
 * One line per case whose fields the file has otherwise: its number and those fields, listed in the
 * interface's language. This workstation's values were kept; the agent checks them.
 */
export function differingLines(
  t: TFunction,
  language: string,
  differing: HandoverImportOutcome['differing'],
): string[] {
  const list = new Intl.ListFormat(language, { type: 'conjunction' });
  return differing.map((d) => `${d.number}: ${list.format(d.fields.map((f) => fieldLabel(t, f)))}`);
}

/** One line per renumbered case: the number in the file, and the one it has here. */
export const renumberedLines = (renumbered: HandoverImportOutcome['renumbered']): string[] =>
  renumbered.map((r) => `${r.from} → ${r.to}`);
