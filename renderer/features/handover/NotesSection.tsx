import { Input } from 'antd';
import { useTranslation } from 'react-i18next';
import type { HandoverIssue } from '../../../core/handover-rules';
import type { ComposeEdits } from './compose-state';
import { SectionCard } from './SectionCard';

interface Props {
  edits: ComposeEdits;
  issues: HandoverIssue[];
  showIssues: boolean;
  update(change: (edits: ComposeEdits) => ComposeEdits): void;
}

/** Anything else the next shift should know, or an explicit "none". */
export function NotesSection({ edits, issues, showIssues, update }: Props) {
  const { t } = useTranslation();
  return (
    <SectionCard
      section="notes"
      title={t('handover.sections.notes')}
      issues={issues}
      showIssues={showIssues}
      none={edits.notesNone}
      onNone={(notesNone) => update((e) => ({ ...e, notesNone }))}
    >
      <Input.TextArea
        aria-label={t('handover.sections.notes')}
        placeholder={t('handover.placeholders.notes')}
        autoSize={{ minRows: 2, maxRows: 8 }}
        maxLength={20_000}
        disabled={edits.notesNone}
        value={edits.notes}
        onChange={(e) => {
          const notes = e.target.value;
          update((x) => ({ ...x, notes }));
        }}
      />
    </SectionCard>
  );
}
