import { Card, Empty, List, Select, Space, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArticleRevision } from '../../../core/knowledge';
import { formatDateTime } from '../../shared/format';
import { DiffView } from './DiffView';
import { contentDiff } from './revision-diff';

/** Who changed what, revision by revision, and the text diff between any two of them. */
export function ArticleHistory({ revisions }: { revisions: readonly ArticleRevision[] }) {
  const { t } = useTranslation();
  // Newest first: compare the latest with the one before it until the agent picks others.
  const [fromId, setFromId] = useState<string | null>(null);
  const [toId, setToId] = useState<string | null>(null);
  const to = revisions.find((r) => r.id === toId) ?? revisions[0];
  const from = revisions.find((r) => r.id === fromId) ?? revisions[1] ?? revisions[0];
  const sections = useMemo(() => (from && to ? contentDiff(from.content, to.content) : []), [from, to]);
  const label = (r: ArticleRevision) =>
    t('knowledge.history.revision', { number: r.number, name: r.by.name, time: formatDateTime(r.at) });
  const options = revisions.map((r) => ({ value: r.id, label: label(r) }));

  return (
    <Card size="small" title={t('knowledge.history.title')} style={{ marginTop: 16 }}>
      <List
        size="small"
        aria-label={t('knowledge.history.title')}
        dataSource={[...revisions]}
        renderItem={(r) => (
          <List.Item>
            <Space wrap>
              <Typography.Text strong>{label(r)}</Typography.Text>
              <Typography.Text type="secondary">
                {t('knowledge.history.changes', {
                  list: r.changes
                    .map((c) => t(`knowledge.history.parts.${c}`))
                    .join(t('knowledge.history.separator')),
                })}
              </Typography.Text>
            </Space>
          </List.Item>
        )}
      />
      {revisions.length > 1 && from && to && (
        <>
          <Space wrap style={{ margin: '12px 0' }}>
            <Typography.Text>{t('knowledge.history.compare')}</Typography.Text>
            <Select
              aria-label={t('knowledge.history.from')}
              style={{ minWidth: 300 }}
              value={from.id}
              options={options}
              onChange={setFromId}
            />
            <Typography.Text>→</Typography.Text>
            <Select
              aria-label={t('knowledge.history.to')}
              style={{ minWidth: 300 }}
              value={to.id}
              options={options}
              onChange={setToId}
            />
          </Space>
          {sections.length === 0 ? (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('knowledge.history.noDiff')} />
          ) : (
            sections.map((s) => (
              <div key={s.key} style={{ marginBottom: 12 }}>
                <Typography.Text type="secondary">{t(`knowledge.history.sections.${s.key}`)}</Typography.Text>
                <DiffView parts={s.parts} label={t(`knowledge.history.sections.${s.key}`)} />
              </div>
            ))
          )}
        </>
      )}
    </Card>
  );
}
