import { ExportOutlined } from '@ant-design/icons';
import { Alert, Button, Divider, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Severity } from '../../../core/domain';
import { useStore } from '../../store';
import { selectOnline } from '../network/network-slice';
import { RecordSubmissionForm, type SubmissionValues } from './RecordSubmissionForm';
import { useOpenHandoff } from './use-open-handoff';

interface Props {
  /** The address to open; '' when the desk has not set it yet. */
  url: string;
  openLabel: string;
  /** The clicks to make in 21Vianet's portal, as one line. */
  path: string;
  severity: Severity;
  onSubmit(values: SubmissionValues): Promise<void>;
}

/**
 * The hand-off itself: open 21Vianet's page (only with a network), follow the path, submit there, and
 * record here what 21Vianet answered. Offline, the prepared request simply waits in the queue.
 */
export function HandoffPanel({ url, openLabel, path, severity, onSubmit }: Props) {
  const { t } = useTranslation();
  const online = useStore(selectOnline);
  const navigate = useStore((s) => s.navigate);
  const openHandoff = useOpenHandoff();
  const [opened, setOpened] = useState(false);

  return (
    <div>
      {!online && (
        <Alert
          type="warning"
          showIcon
          data-testid="handoff-offline"
          title={t('handoff.offlineTitle')}
          description={t('handoff.offlineText')}
          style={{ marginBottom: 12 }}
        />
      )}
      {!url && (
        <Alert
          type="info"
          showIcon
          title={t('handoff.addressMissing')}
          action={
            <Button size="small" onClick={() => navigate({ name: 'settings' })}>
              {t('handoff.toSettings')}
            </Button>
          }
          style={{ marginBottom: 12 }}
        />
      )}
      <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginBottom: 8 }}>
        {path}
      </Typography.Paragraph>
      <Space wrap>
        <Button
          type={opened ? 'default' : 'primary'}
          icon={<ExportOutlined />}
          disabled={!online || !url}
          onClick={() => void openHandoff(url).then(setOpened)}
        >
          {openLabel}
        </Button>
        {url && (
          <Typography.Text type="secondary" style={{ fontSize: 12 }} copyable={{ text: url }}>
            {url}
          </Typography.Text>
        )}
      </Space>
      <Divider titlePlacement="start" plain style={{ margin: '16px 0 8px' }}>
        {t('handoff.afterSubmitting')}
      </Divider>
      <RecordSubmissionForm severity={severity} onSubmit={onSubmit} />
    </div>
  );
}
