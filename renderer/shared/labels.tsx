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

/** One value of a closed list as a coloured tag; `label` is its i18n key. */
export function ValueTag({ color, label }: { color: string; label: string }) {
  const { t } = useTranslation();
  return (
    <Tag color={color} style={{ marginInlineEnd: 0 }}>
      {t(label)}
    </Tag>
  );
}

export function SeverityTag({ severity }: { severity: Severity }) {
  return <ValueTag color={SEVERITY_COLOR[severity]} label={`severities.${severity}`} />;
}

export function StatusTag({ status }: { status: CaseStatus }) {
  return <ValueTag color={STATUS_COLOR[status]} label={`statuses.${status}`} />;
}
