import { Tag, Typography } from 'antd';
import { SearchInput } from '../../shared/search-input';
import { ListTable } from '../../shared/ListTable';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HandoverListItem } from '../../../core/handover';
import { formatDateTime } from '../../shared/format';
import { useSearchAsTyped } from '../../shared/use-search-as-typed';
import { LoadMoreButton } from '../../shared/LoadMoreButton';
import { useStore } from '../../store';
import { Highlight } from '../../shared/Highlight';
import { STATUS_COLOR } from './format';

/** Every past handover, newest first, searchable by anything written in it. */
export function HistoryTab() {
  const { t } = useTranslation();
  const { query, items, next, loading, loaded } = useStore((s) => s.handoverHistory);
  const load = useStore((s) => s.loadHandoverHistory);
  const loadMore = useStore((s) => s.loadMoreHandoverHistory);
  const navigate = useStore((s) => s.navigate);
  const [draft, setDraft] = useState(query);

  useSearchAsTyped(draft, load);

  return (
    <div>
      <SearchInput
        aria-label={t('handover.history.search')}
        placeholder={t('handover.history.placeholder')}
        style={{ width: 420, marginBottom: 10 }}
        value={draft}
        onChange={(e) => setDraft(e.target.value)}
      />
      <ListTable<HandoverListItem>
        rowKey="id"
        aria-label={t('handover.tabs.history')}
        dataSource={items}
        loading={loading && !loaded}
        onRow={(h) => ({
          onClick: () => navigate({ name: 'handoverView', id: h.id }),
          style: { cursor: 'pointer' },
        })}
        locale={{ emptyText: query ? t('handover.history.noMatch', { query }) : t('handover.history.empty') }}
        columns={[
          {
            title: t('handover.meta.submittedAt'),
            width: 150,
            render: (_, h) => formatDateTime(h.createdAt),
          },
          { title: t('handover.meta.from'), width: 110, render: (_, h) => h.fromAgent.name },
          { title: t('handover.meta.to'), width: 110, render: (_, h) => h.toAgent?.name ?? '—' },
          {
            title: t('handover.meta.acknowledgedAt'),
            width: 150,
            render: (_, h) => (h.acknowledgedAt !== null ? formatDateTime(h.acknowledgedAt) : '—'),
          },
          {
            title: t('handover.meta.status'),
            width: 96,
            render: (_, h) => <Tag color={STATUS_COLOR[h.status]}>{t(`handover.status.${h.status}`)}</Tag>,
          },
          {
            title: t('handover.history.cases'),
            width: 110,
            render: (_, h) => t('handover.history.caseCount', { count: h.caseCount, a: h.severityACount }),
          },
          {
            title: t('handover.history.match'),
            render: (_, h) =>
              h.snippet ? (
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  <Highlight snippet={h.snippet} />
                </Typography.Text>
              ) : null,
          },
        ]}
      />
      <LoadMoreButton
        more={Boolean(next)}
        loading={loading}
        label={t('handover.history.more')}
        onLoad={loadMore}
      />
    </div>
  );
}
