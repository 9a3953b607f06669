import { LockOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Popconfirm, Space, Tag, Typography } from 'antd';
import { ListTable } from '../../shared/ListTable';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgentProfile } from '../../../core/agents';
import { useShowRefusal } from '../../shared/use-refusal-text';
import { useStore } from '../../store';
import { AgentFormModal } from './AgentFormModal';
import { PinModal } from './PinModal';
import { useLoad } from '../../shared/use-load';

/** The desk's agents: a lead adds and edits them; everyone sets their own PIN. */
export function AgentsPanel() {
  const { t } = useTranslation();
  const showRefusal = useShowRefusal();
  const team = useStore((s) => s.team);
  const loadTeam = useStore((s) => s.loadTeam);
  const setAgentActive = useStore((s) => s.setAgentActive);
  const me = useStore((s) => s.duty?.signedIn ?? null);
  const lead = me?.role === 'lead';
  const [form, setForm] = useState<{ agent: AgentProfile | null } | null>(null);
  const [pinFor, setPinFor] = useState<AgentProfile | null>(null);

  useLoad(loadTeam);

  const toggle = (agent: AgentProfile) => setAgentActive(agent.id, !agent.active).catch(showRefusal);

  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      <Space style={{ width: '100%', justifyContent: 'space-between' }}>
        <Typography.Text type="secondary">{t('duty.agents.help')}</Typography.Text>
        {lead && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setForm({ agent: null })}>
            {t('duty.agents.add')}
          </Button>
        )}
      </Space>
      {!lead && <Alert type="info" showIcon title={t('duty.agents.leadOnly')} />}
      <ListTable<AgentProfile>
        aria-label={t('duty.tabs.agents')}
        rowKey="id"
        dataSource={team}
        empty={t('duty.agents.empty')}
        rowClassName={(a) => (a.active ? '' : 'sd-row-inactive')}
        columns={[
          {
            key: 'name',
            title: t('duty.agents.name'),
            render: (_, a) => (
              <Space size={4}>
                {a.name}
                {a.id === me?.id && <Tag color="green">{t('duty.switcher.current')}</Tag>}
              </Space>
            ),
          },
          {
            key: 'role',
            title: t('duty.agents.role'),
            width: 90,
            render: (_, a) => (
              <Tag color={a.role === 'lead' ? 'blue' : 'default'}>{t(`duty.agents.roles.${a.role}`)}</Tag>
            ),
          },
          {
            key: 'languages',
            title: t('duty.agents.languages'),
            width: 170,
            render: (_, a) => a.languages.map((l) => t(`language.${l}`)).join(' · '),
          },
          {
            key: 'pin',
            title: t('duty.agents.pin'),
            width: 100,
            render: (_, a) =>
              a.hasPin ? (
                <span>
                  <LockOutlined /> {t('duty.agents.pinSet')}
                </span>
              ) : (
                t('duty.agents.pinNone')
              ),
          },
          {
            key: 'status',
            title: t('duty.agents.status'),
            width: 90,
            render: (_, a) => (a.active ? t('duty.agents.active') : <Tag>{t('duty.agents.inactive')}</Tag>),
          },
          {
            key: 'actions',
            title: t('duty.actions'),
            width: 230,
            render: (_, a) => (
              <Space size={0}>
                {lead && (
                  <Button type="link" size="small" onClick={() => setForm({ agent: a })}>
                    {t('duty.edit')}
                  </Button>
                )}
                {(lead || a.id === me?.id) && a.active && (
                  <Button type="link" size="small" onClick={() => setPinFor(a)}>
                    {a.hasPin ? t('duty.agents.changePin') : t('duty.agents.setPin')}
                  </Button>
                )}
                {lead && a.id !== me?.id && (
                  <Popconfirm
                    title={t(a.active ? 'duty.agents.deactivateConfirm' : 'duty.agents.activateConfirm', {
                      name: a.name,
                    })}
                    okText={t(a.active ? 'duty.agents.deactivate' : 'duty.agents.activate')}
                    cancelText={t('controls.cancel')}
                    onConfirm={() => toggle(a)}
                  >
                    <Button type="link" size="small" danger={a.active}>
                      {t(a.active ? 'duty.agents.deactivate' : 'duty.agents.activate')}
                    </Button>
                  </Popconfirm>
                )}
              </Space>
            ),
          },
        ]}
      />
      <AgentFormModal agent={form?.agent ?? null} open={form !== null} onClose={() => setForm(null)} />
      <PinModal agent={pinFor} onClose={() => setPinFor(null)} />
    </Space>
  );
}
