import { ExportOutlined } from '@ant-design/icons';
import { Alert, Button, Divider, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Severity } from '../../../core/domain';
import { PLACE_ADDRESS, type HandoffPlace } from '../../../core/handoff-settings';
import { useStore } from '../../store';
import { selectOnline } from '../network/network-slice';
import type { Submission } from '../../../core/tracked-request';
import { RecordSubmissionForm } from './RecordSubmissionForm';
import { useOpenHandoff } from './use-open-handoff';

interface Props {
  /** Where the request is submitted: the address (a setting), the button, the clicks to make there. */
  place: HandoffPlace;
  severity: Severity;
  onSubmit(values: Submission): Promise<void>;
}

/**
 * The hand-off itself: open 21Vianet's page (only with a network), follow the path, submit there, and
 * record here what 21Vianet answered. Offline, the prepared request simply waits in the queue.
 */
export function HandoffPanel({ place, severity, onSubmit }: Props) {
  const { t } = useTranslation();
  // '' when the desk has not set the address yet.
  const url = useStore((s) => s.handoffSettings?.[PLACE_ADDRESS[place]] ?? '');
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
        {t(`handoff.paths.${place}`)}
      </Typography.Paragraph>
      <Space wrap>
        <Button
          type={opened ? 'default' : 'primary'}
          icon={<ExportOutlined />}
          disabled={!online || !url}
          onClick={() => void openHandoff(url).then(setOpened)}
        >
          {t(`handoff.open.${place}`)}
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
