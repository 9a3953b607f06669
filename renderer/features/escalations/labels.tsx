import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { HandoffStatus } from '../../../core/escalation-status';

const COLOR: Record<HandoffStatus, string> = {
  draft: 'orange',
  submitted: 'purple',
  contacted: 'geekblue',
  solution_given: 'cyan',
  closed: 'default',
  withdrawn: 'default',
};

export function HandoffStatusTag({ status }: { status: HandoffStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={COLOR[status]} style={{ marginInlineEnd: 0 }}>
      {t(`handoff.statuses.${status}`)}
    </Tag>
  );
}
