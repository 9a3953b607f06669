import { Card, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SyncProblem, SyncWorkstation } from '../../../core/sync';
import { formatDateTime } from '../../shared/format';
import { ListCard } from '../../shared/ListTable';
import { PageTitle } from '../../shared/PageTitle';
import { useStore } from '../../store';
import { JoinForm } from './JoinForm';
import { SyncStateCard } from './SyncStateCard';

/** 团队同步 / Team sync: join the desk's server, see how sync goes, and the desk's workstations. */
export function TeamSyncPage() {
  const { t } = useTranslation();
  const view = useStore((s) => s.sync);
  const loaded = useStore((s) => s.syncLoaded);
  const [editing, setEditing] = useState(false);
  const configured = view.server !== null;

  return (
    <div style={{ maxWidth: 960 }} aria-busy={!loaded}>
      <PageTitle>{t('sync.title')}</PageTitle>
      <Typography.Paragraph type="secondary">{t('sync.intro')}</Typography.Paragraph>
      {configured && <SyncStateCard view={view} onChange={() => setEditing(true)} />}
      {loaded && (!configured || editing) && (
        <Card size="small" title={t('sync.form.title')} style={{ marginBottom: 16 }}>
          <JoinForm
            onDone={() => setEditing(false)}
            {...(configured ? { onCancel: () => setEditing(false) } : {})}
          />
        </Card>
      )}
      {configured && (
        <>
          <ListCard<SyncWorkstation>
            title={t('sync.workstations.title')}
            rowKey="id"
            dataSource={view.workstations}
            empty={t('sync.workstations.empty')}
            columns={[
              {
                title: t('sync.workstations.name'),
                render: (_, w) => (
                  <>
                    {w.name} {w.thisOne && <Tag>{t('sync.workstations.thisOne')}</Tag>}
                  </>
                ),
              },
              { title: t('sync.workstations.code'), dataIndex: 'code', width: 90 },
              { title: t('sync.workstations.version'), dataIndex: 'appVersion', width: 120 },
              {
                title: t('sync.workstations.lastSeen'),
                width: 170,
                render: (_, w) => formatDateTime(w.lastSeen),
              },
            ]}
          />
          <ListCard<{ table: string; changes: number }>
            title={t('sync.outbox.title')}
            rowKey="table"
            dataSource={view.outbox}
            empty={t('sync.outbox.empty')}
            columns={[
              {
                title: t('sync.outbox.table'),
                render: (_, row) => t(`sync.tables.${row.table}`, { defaultValue: row.table }),
              },
              { title: t('sync.outbox.changes'), dataIndex: 'changes', width: 120 },
            ]}
          />
          <ListCard<SyncProblem>
            title={t('sync.problems.title')}
            rowKey={(p) => `${p.at}-${p.failure}-${p.reason}`}
            dataSource={view.problems}
            empty={t('sync.problems.empty')}
            columns={[
              { title: t('sync.problems.at'), width: 170, render: (_, p) => formatDateTime(p.at) },
              { title: t('sync.problems.what'), render: (_, p) => t(`sync.failure.${p.failure}`) },
              {
                title: t('sync.problems.detail'),
                render: (_, p) => <Typography.Text type="secondary">{p.reason}</Typography.Text>,
              },
            ]}
          />
        </>
      )}
    </div>
  );
}
