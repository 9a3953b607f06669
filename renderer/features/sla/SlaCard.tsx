import { PauseCircleOutlined } from '@ant-design/icons';
import { Card, Skeleton, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../../core/cases';
import { useNow } from '../../lib/clock';
import { SlaClocksTable } from './SlaClocksTable';
import { useCaseSla } from './use-case-sla';

/** The case page's SLA card: first response, next update and resolution, counting down live. */
export function SlaCard({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const sla = useCaseSla(detail);
  const now = useNow(1_000);
  return (
    <Card
      size="small"
      title={t('sla.card.title')}
      style={{ marginBottom: 12 }}
      data-testid="sla-card"
      extra={
        sla?.clocks.paused && (
          <Tag icon={<PauseCircleOutlined />} color="gold" style={{ marginInlineEnd: 0 }}>
            {t('sla.card.paused')}
          </Tag>
        )
      }
      styles={{ body: { padding: 0 } }}
    >
      {sla ? (
        <SlaClocksTable clocks={sla.clocks} now={now} />
      ) : (
        <Skeleton active paragraph={{ rows: 2 }} style={{ padding: 12 }} />
      )}
    </Card>
  );
}
