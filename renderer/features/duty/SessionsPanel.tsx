import { App, Tag, Typography } from 'antd';
import { ListTable } from '../../shared/ListTable';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DutySession } from '../../../core/duty';
import { MINUTE } from '../../../core/time';
import { formatDateTime } from '../../shared/format';
import { useNow } from '../../lib/clock';
import { useStore } from '../../store';

/** Who signed in at this workstation, when, and how each shift ended (a lead's override keeps its reason). */
export function SessionsPanel() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  // Re-read whenever the sign-in changes while the tab is open.
  const sessionId = useStore((s) => s.duty?.session?.id ?? null);
  const loadSessions = useStore((s) => s.loadSessions);
  const [sessions, setSessions] = useState<DutySession[] | null>(null);
  const now = useNow(60_000);

  useEffect(() => {
    loadSessions(100)
      .then(setSessions)
      .catch(() => message.error(t('errors.INTERNAL')));
  }, [sessionId, loadSessions, message, t]);

  const length = (s: DutySession) => {
    // A running session is measured to the service's now, not the workstation's clock.
    const minutes = Math.round(((s.endedAt ?? now) - s.startedAt) / MINUTE);
    return t('duty.sessions.length', { hours: Math.floor(minutes / 60), minutes: minutes % 60 });
  };
  const ending = (s: DutySession) => {
    if (!s.endKind) return <Tag color="green">{t('duty.sessions.onDuty')}</Tag>;
    if (s.endKind === 'switch') return t('duty.sessions.switchedTo', { name: s.endedBy?.name ?? '' });
    if (s.overrideReason) {
      return (
        <span>
          <Tag color="red">{t('duty.sessions.override')}</Tag>
          <Typography.Text type="secondary">{s.overrideReason}</Typography.Text>
        </span>
      );
    }
    return t('duty.sessions.signedOut');
  };

  return (
    <ListTable<DutySession>
      aria-label={t('duty.tabs.sessions')}
      rowKey="id"
      loading={sessions === null}
      dataSource={sessions ?? []}
      locale={{ emptyText: t('duty.sessions.empty') }}
      columns={[
        { key: 'agent', title: t('duty.roster.agent'), width: 160, render: (_, s) => s.agent.name },
        {
          key: 'start',
          title: t('duty.sessions.started'),
          width: 160,
          render: (_, s) => formatDateTime(s.startedAt),
        },
        {
          key: 'end',
          title: t('duty.sessions.ended'),
          width: 160,
          render: (_, s) => (s.endedAt === null ? '—' : formatDateTime(s.endedAt)),
        },
        { key: 'length', title: t('duty.sessions.duration'), width: 120, render: (_, s) => length(s) },
        { key: 'how', title: t('duty.sessions.how'), render: (_, s) => ending(s) },
      ]}
    />
  );
}
