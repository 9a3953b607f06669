import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CaseStatus, Severity } from '../../core/domain';

const SEVERITY_COLOR: Record<Severity, string> = { A: 'red', B: 'orange', C: 'blue' };
const STATUS_COLOR: Record<CaseStatus, string> = {
  new: 'geekblue',
  in_progress: 'processing',
  waiting_customer: 'gold',
  waiting_21v: 'purple',
  resolved: 'success',
  closed: 'default',
};

export function SeverityTag({ severity }: { severity: Severity }) {
  const { t } = useTranslation();
  return (
    <Tag color={SEVERITY_COLOR[severity]} style={{ marginInlineEnd: 0 }}>
      {t(`severities.${severity}`)}
    </Tag>
  );
}

export function StatusTag({ status }: { status: CaseStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={STATUS_COLOR[status]} style={{ marginInlineEnd: 0 }}>
      {t(`statuses.${status}`)}
    </Tag>
  );
}
