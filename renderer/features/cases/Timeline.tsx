import { Empty, Timeline as AntTimeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CaseDetail, CaseEvent } from '../../../core/cases';
import { formatDateTime } from '../../shared/format';
import { describeEvent } from './describe-event';
import { buildTimeline } from './timeline-model';
import { TimelineEntry } from './TimelineEntry';

const COLOR: Partial<Record<CaseEvent['kind'], string>> = {
  created: 'green',
  note: 'gold',
  reply: 'blue',
  call: 'cyan',
  status_changed: 'purple',
  assigned: 'geekblue',
  sla_breached: 'red',
};

export function Timeline({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const items = buildTimeline(detail.events, detail.attachments);
  if (items.length === 0) return <Empty description={t('events.empty')} />;
  return (
    <AntTimeline
      items={items.map((item) => ({
        key: item.event.id,
        color: COLOR[item.event.kind] ?? 'gray',
        content:
          item.type === 'entry' ? (
            <TimelineEntry caseId={detail.id} item={item} />
          ) : (
            <div data-testid="timeline-event" data-kind={item.event.kind}>
              <Typography.Text strong>{item.event.agentName}</Typography.Text>{' '}
              <Typography.Text>{describeEvent(t, item.event)}</Typography.Text>{' '}
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {formatDateTime(item.event.at)}
              </Typography.Text>
              <EventDetail event={item.event} />
            </div>
          ),
      }))}
    />
  );
}

/** What a one-line description leaves out: a reopen's reason, a description's earlier text. */
function EventDetail({ event }: { event: CaseEvent }) {
  const { t } = useTranslation();
  if (event.kind === 'status_changed' && event.payload.reason) {
    return (
      <Typography.Paragraph type="secondary" style={{ margin: '4px 0 0' }}>
        {t('events.reason', { reason: event.payload.reason })}
      </Typography.Paragraph>
    );
  }
  if (event.kind === 'field_changed' && event.payload.field === 'description') {
    return (
      <Typography.Paragraph
        type="secondary"
        style={{ margin: '4px 0 0', whiteSpace: 'pre-wrap' }}
        ellipsis={{ rows: 2, expandable: true, symbol: t('events.more') }}
      >
        {t('events.previousText', { text: event.payload.from || t('cases.noDescription') })}
      </Typography.Paragraph>
    );
  }
  return null;
}
