import { Empty, Timeline as AntTimeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CaseEvent } from '../../../electron/contract/cases';
import { formatDateTime } from '../../lib/format';

const COLOR: Record<CaseEvent['kind'], string> = { created: 'green', note: 'blue', status_changed: 'gray' };

export function Timeline({ events }: { events: CaseEvent[] }) {
  const { t } = useTranslation();
  if (events.length === 0) return <Empty description={t('events.empty')} />;
  return (
    <AntTimeline
      items={events.map((event) => ({
        key: event.id,
        color: COLOR[event.kind],
        content: (
          <div data-testid="timeline-event" data-kind={event.kind}>
            <Typography.Text strong>{event.agentName}</Typography.Text>{' '}
            <Typography.Text>{describe(event, t)}</Typography.Text>{' '}
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {formatDateTime(event.at)}
            </Typography.Text>
            {event.kind === 'note' && (
              <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: '4px 0 0' }}>
                {event.payload.body}
              </Typography.Paragraph>
            )}
            {event.kind === 'status_changed' && event.payload.reason && (
              <Typography.Paragraph type="secondary" style={{ margin: '4px 0 0' }}>
                {t('events.reason', { reason: event.payload.reason })}
              </Typography.Paragraph>
            )}
          </div>
        ),
      }))}
    />
  );
}

function describe(event: CaseEvent, t: (key: string, options?: Record<string, string>) => string): string {
  switch (event.kind) {
    case 'status_changed':
      return t('events.status_changed', {
        from: t(`statuses.${event.payload.from}`),
        to: t(`statuses.${event.payload.to}`),
      });
    default:
      return t(`events.${event.kind}`);
  }
}
