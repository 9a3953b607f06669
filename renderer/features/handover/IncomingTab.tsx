import { Button, Typography } from 'antd';
import { ListTable } from '../../shared/ListTable';
import { useTranslation } from 'react-i18next';
import type { PendingHandover } from '../../../core/handover';
import { useNow } from '../../lib/clock';
import { formatDateTime } from '../../shared/format';
import { useStore } from '../../store';
import { formatCountdown } from '../../../core/duration-text';
import { useLoad } from '../../shared/use-load';

/** Handovers waiting to be read back: the incoming agent opens one, confirms its A items, acknowledges. */
export function IncomingTab() {
  const { t } = useTranslation();
  const pending = useStore((s) => s.handoverPending);
  const load = useStore((s) => s.loadPendingHandovers);
  const navigate = useStore((s) => s.navigate);
  const me = useStore((s) => s.agent);
  const now = useNow(60_000);

  useLoad(load);

  return (
    <ListTable<PendingHandover>
      rowKey="id"
      aria-label={t('handover.tabs.incoming')}
      dataSource={pending}
      empty={t('handover.incoming.empty')}
      columns={[
        {
          title: t('handover.meta.from'),
          render: (_, h) => (
            <Typography.Text>
              {h.fromAgent.name}
              {h.fromAgent.id === me?.id && (
                <Typography.Text type="secondary"> {t('handover.incoming.mine')}</Typography.Text>
              )}
            </Typography.Text>
          ),
        },
        { title: t('handover.meta.submittedAt'), width: 180, render: (_, h) => formatDateTime(h.createdAt) },
        {
          title: t('handover.incoming.waiting'),
          width: 160,
          render: (_, h) => (
            <Typography.Text type="warning">
              {formatCountdown(t, Math.max(0, now - h.createdAt))}
            </Typography.Text>
          ),
        },
        {
          title: '',
          width: 140,
          render: (_, h) => (
            <Button
              size="small"
              type={h.fromAgent.id === me?.id ? 'default' : 'primary'}
              onClick={() => navigate({ name: 'handoverView', id: h.id })}
            >
              {h.fromAgent.id === me?.id ? t('handover.incoming.view') : t('handover.incoming.readBack')}
            </Button>
          ),
        },
      ]}
    />
  );
}
