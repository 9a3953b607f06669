import { Button, Card, Popconfirm, Tag, Typography } from 'antd';
import { ListTable } from '../../shared/ListTable';
import { useTranslation } from 'react-i18next';
import { dayStart } from '../../../core/local-time';
import { shiftsBetween, type RosterException } from '../../../core/roster';
import { DAY } from '../../../core/time';
import { useShowRefusal } from '../../shared/use-refusal-text';
import { useStore } from '../../store';
import { dayLabel, spanLabel } from '../../shared/duty-text';
import { ExceptionForm } from './ExceptionForm';
import { useAgentOptions, useIsLead } from './use-agent-options';

const KIND_COLOR = { leave: 'orange', swap: 'blue', extra: 'green' } as const;

/** Leave, swaps and extra shifts from today on. */
export function ExceptionsCard() {
  const { t } = useTranslation();
  const showRefusal = useShowRefusal();
  const roster = useStore((s) => s.roster);
  const exceptions = roster?.exceptions ?? [];
  const removeException = useStore((s) => s.removeException);
  const { nameOf } = useAgentOptions();
  const lead = useIsLead();

  const when = (e: RosterException) =>
    e.kind === 'leave'
      ? e.fromDate === e.toDate
        ? dayLabel(t, e.fromDate)
        : `${dayLabel(t, e.fromDate)} – ${dayLabel(t, e.toDate)}`
      : dayLabel(t, e.date);
  /** A swap whose agent has no shift that day changes nothing: most likely the wrong date or agent. */
  const idleSwap = (e: RosterException) => {
    if (e.kind !== 'swap' || !roster) return false;
    const from = dayStart(e.date, roster.utcOffsetMinutes);
    const plan = { ...roster, exceptions: roster.exceptions.filter((x) => x.kind === 'extra') };
    return !shiftsBetween(plan, from, from + DAY).some((s) => s.date === e.date && s.agentId === e.agentId);
  };
  const what = (e: RosterException) =>
    e.kind === 'leave'
      ? t('duty.exceptions.describe.leave', { agent: nameOf(e.agentId) })
      : e.kind === 'swap'
        ? t('duty.exceptions.describe.swap', { agent: nameOf(e.agentId), cover: nameOf(e.coverAgentId) })
        : t('duty.exceptions.describe.extra', {
            agent: nameOf(e.agentId),
            time: spanLabel(t, e.start, e.end),
          });

  return (
    <Card size="small" title={t('duty.exceptions.title')}>
      {lead && <ExceptionForm />}
      <ListTable<RosterException>
        aria-label={t('duty.exceptions.title')}
        rowKey="id"
        dataSource={exceptions}
        empty={t('duty.exceptions.empty')}
        columns={[
          {
            key: 'kind',
            title: t('duty.exceptions.kind'),
            width: 72,
            render: (_, e) => <Tag color={KIND_COLOR[e.kind]}>{t(`duty.exceptions.kinds.${e.kind}`)}</Tag>,
          },
          { key: 'when', title: t('duty.exceptions.date'), width: 200, render: (_, e) => when(e) },
          {
            key: 'what',
            title: t('duty.exceptions.what'),
            render: (_, e) => (
              <>
                {what(e)}
                {idleSwap(e) && (
                  <Tag color="warning" style={{ marginInlineStart: 8 }}>
                    {t('duty.exceptions.idleSwap')}
                  </Tag>
                )}
              </>
            ),
          },
          {
            key: 'note',
            title: t('duty.exceptions.note'),
            render: (_, e) => <Typography.Text type="secondary">{e.note}</Typography.Text>,
          },
          ...(lead
            ? [
                {
                  key: 'actions',
                  title: t('duty.actions'),
                  width: 72,
                  render: (_: unknown, e: RosterException) => (
                    <Popconfirm
                      title={t('duty.exceptions.removeConfirm')}
                      okText={t('duty.remove')}
                      cancelText={t('controls.cancel')}
                      onConfirm={() => removeException(e.id).catch(showRefusal)}
                    >
                      <Button type="link" size="small" danger>
                        {t('duty.remove')}
                      </Button>
                    </Popconfirm>
                  ),
                },
              ]
            : []),
        ]}
      />
    </Card>
  );
}
