import { Button, Card, Popconfirm, Space, Tag } from 'antd';
import { ListTable } from '../../shared/ListTable';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PatternShift } from '../../../core/roster';
import { useShowRefusal } from '../../shared/use-refusal-text';
import { useStore } from '../../store';
import { spanLabel } from '../../shared/duty-text';
import { ShiftForm } from './ShiftForm';
import { useAgentOptions, useIsLead } from './use-agent-options';

/** The weekly pattern: a row per shift, every week, in weekday and time order. */
export function WeeklyPatternCard() {
  const { t } = useTranslation();
  const showRefusal = useShowRefusal();
  const pattern = useStore((s) => s.roster?.pattern ?? []);
  const removeShift = useStore((s) => s.removeShift);
  const { nameOf, activeIds } = useAgentOptions();
  const lead = useIsLead();
  const [editing, setEditing] = useState<PatternShift | null>(null);

  const remove = (id: string) => removeShift(id).catch(showRefusal);

  return (
    <Card size="small" title={t('duty.roster.pattern')}>
      {lead && <ShiftForm editing={editing} onDone={() => setEditing(null)} />}
      <ListTable<PatternShift>
        aria-label={t('duty.roster.pattern')}
        rowKey="id"
        dataSource={pattern}
        rowClassName={(row) => (row.id === editing?.id ? 'case-row-selected' : '')}
        empty={t('duty.roster.patternEmpty')}
        columns={[
          {
            key: 'weekday',
            title: t('duty.roster.weekday'),
            width: 72,
            render: (_, r) => t(`duty.weekdays.${r.weekday}`),
          },
          {
            key: 'time',
            title: t('duty.roster.time'),
            width: 150,
            render: (_, r) => spanLabel(t, r.start, r.end),
          },
          {
            key: 'agent',
            title: t('duty.roster.agent'),
            render: (_, r) => (
              <Space size={4}>
                {nameOf(r.agentId)}
                {!activeIds.has(r.agentId) && <Tag>{t('duty.agents.inactive')}</Tag>}
              </Space>
            ),
          },
          ...(lead
            ? [
                {
                  key: 'actions',
                  title: t('duty.actions'),
                  width: 120,
                  render: (_: unknown, r: PatternShift) => (
                    <Space size={0}>
                      <Button type="link" size="small" onClick={() => setEditing(r)}>
                        {t('duty.edit')}
                      </Button>
                      <Popconfirm
                        title={t('duty.roster.removeShiftConfirm')}
                        okText={t('duty.remove')}
                        cancelText={t('controls.cancel')}
                        onConfirm={() => remove(r.id)}
                      >
                        <Button type="link" size="small" danger>
                          {t('duty.remove')}
                        </Button>
                      </Popconfirm>
                    </Space>
                  ),
                },
              ]
            : []),
        ]}
      />
    </Card>
  );
}
