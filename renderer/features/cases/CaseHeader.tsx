import { EditOutlined, UserAddOutlined } from '@ant-design/icons';
import { Button, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../../core/cases';
import { useStore } from '../../store';
import { EscalateButton } from '../escalations/EscalateButton';
import { SeverityTag, StatusTag } from '../../shared/labels';
import { StatusControl } from './StatusControl';
import { PageTitle } from '../../shared/PageTitle';

interface Props {
  detail: CaseDetail;
  onEdit(): void;
  onAssignToMe(): void;
}

/** Number, title, severity and status, the case's main actions and their keys. */
export function CaseHeader({ detail, onEdit, onAssignToMe }: Props) {
  const { t } = useTranslation();
  const me = useStore((s) => s.agent);
  const mine = me !== null && detail.owner?.id === me.id;
  return (
    <div style={{ margin: '4px 0 12px' }}>
      <Space align="center" style={{ width: '100%', justifyContent: 'space-between' }}>
        <Space align="center" wrap>
          <Typography.Text code>{detail.number}</Typography.Text>
          <PageTitle marginBottom={0}>{detail.title}</PageTitle>
          <SeverityTag severity={detail.severity} />
          <StatusTag status={detail.status} />
        </Space>
        <Space>
          <Button icon={<EditOutlined />} onClick={onEdit}>
            {t('casePage.edit')}
          </Button>
          <Button icon={<UserAddOutlined />} disabled={mine} onClick={onAssignToMe}>
            {mine ? t('caseOwner.isMine') : t('caseOwner.assignToMe')}
          </Button>
          <StatusControl detail={detail} />
          <EscalateButton detail={detail} />
        </Space>
      </Space>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('casePage.keys')}
      </Typography.Text>
    </div>
  );
}
