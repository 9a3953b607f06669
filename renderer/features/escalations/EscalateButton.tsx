import { SendOutlined } from '@ant-design/icons';
import { Button, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../../core/cases';
import { isOpenStatus } from '../../../core/domain';
import { isOpenHandoff } from '../../../core/escalation-status';
import { useHotkey } from '../../lib/use-hotkey';
import { useStore } from '../../store';

/**
 * Opens the escalation panel (or `X` on the case page); continues a draft; says why not when the case cannot be
 * escalated now.
 */
export function EscalateButton({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const open = useStore((s) => s.openEscalationPanel);
  const current = useStore((s) =>
    s.caseEscalations?.caseId === detail.id
      ? s.caseEscalations.data.escalations.find((e) => isOpenHandoff(e.status))
      : undefined,
  );
  const draft = current?.status === 'draft';
  const why = !isOpenStatus(detail.status)
    ? t('escalation.cannotClosed')
    : current && !draft
      ? t('escalation.alreadyEscalated', { number: current.requestNumber })
      : null;
  useHotkey('escalate', () => open(detail.id), why === null);
  return (
    <Tooltip title={why}>
      <Button icon={<SendOutlined />} disabled={why !== null} onClick={() => open(detail.id)}>
        {draft ? t('escalation.continue') : t('escalation.escalate')}
      </Button>
    </Tooltip>
  );
}
