import { LockOutlined } from '@ant-design/icons';
import { App, Button, Empty, Space, Typography } from 'antd';
import { useEffect, useEffectEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgentProfile } from '../../../core/agents';
import { useRefusableCall } from '../../shared/use-refusable-call';
import { useStore } from '../../store';
import { PinStep } from './PinStep';
import { SwitcherRow } from './SwitcherRow';

interface Props {
  onClose: () => void;
  onSignOut: () => void;
}

/**
 * The switcher's content: the numbered agents, then the PIN step for an agent who has one. Digits are read
 * by useSwitcherKeys into the store (`switcherPick`); this acts on them once the list has been read.
 */
export function SwitcherBody({ onClose, onSignOut }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const team = useStore((s) => s.team);
  const loadTeam = useStore((s) => s.loadTeam);
  const signIn = useStore((s) => s.signIn);
  const current = useStore((s) => s.duty?.signedIn ?? null);
  const pickInSwitcher = useStore((s) => s.pickInSwitcher);
  const setStep = useStore((s) => s.setSwitcherStep);
  const [loaded, setLoaded] = useState(false);
  const [picked, setPicked] = useState<AgentProfile | null>(null);
  const { busy, run } = useRefusableCall();
  const body = useRef<HTMLDivElement>(null);
  const agents = team.filter((a) => a.active);

  /** Acts on a digit (see useSwitcherKeys) against the freshly read list. */
  const act = useEffectEvent((index: number, list: AgentProfile[]) => {
    pickInSwitcher(null);
    const agent = list.filter((a) => a.active)[index];
    if (agent) void choose(agent);
  });

  // The list is read fresh every time the switcher opens (an agent added a minute ago is there); a digit
  // pressed before it arrived picks once it has, later ones as they come.
  useEffect(() => {
    let live = true;
    let ready = false;
    const unsubscribe = useStore.subscribe((state) => {
      if (ready && state.switcherPick !== null) act(state.switcherPick, state.team);
    });
    loadTeam()
      .then((fresh) => {
        if (!live) return;
        ready = true;
        setLoaded(true);
        const early = useStore.getState().switcherPick;
        if (early !== null) act(early, fresh);
      })
      .catch(() => message.error(t('errors.INTERNAL')));
    return () => {
      live = false;
      unsubscribe();
    };
  }, [loadTeam, message, t]);
  // The switcher takes the keyboard from whatever had it (a note being typed).
  useEffect(() => body.current?.focus(), []);

  async function choose(agent: AgentProfile) {
    if (agent.hasPin && agent.id !== current?.id) {
      setStep('pin');
      setPicked(agent);
      return;
    }
    await run(
      async () => {
        await signIn(agent.id);
        onClose();
        message.success(t('duty.switcher.switched', { name: agent.name }));
      },
      (text) => message.error(text),
    );
  }

  if (picked) {
    return (
      <PinStep
        agent={picked}
        onBack={() => {
          setStep('list');
          setPicked(null);
        }}
        onDone={() => {
          onClose();
          message.success(t('duty.switcher.switched', { name: picked.name }));
        }}
      />
    );
  }
  return (
    <div ref={body} tabIndex={-1} style={{ outline: 'none' }}>
      <Space orientation="vertical" size={8} style={{ width: '100%' }}>
        <Typography.Text type="secondary">{t('duty.switcher.hint')}</Typography.Text>
        {loaded && agents.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('duty.switcher.empty')} />
        ) : (
          <div role="listbox" aria-label={t('duty.switcher.list')} className="sd-switcher-list">
            {agents.map((agent, i) => (
              <SwitcherRow
                key={agent.id}
                agent={agent}
                digit={i < 10 ? String((i + 1) % 10) : null}
                current={agent.id === current?.id}
                disabled={busy}
                onPick={() => void choose(agent)}
              />
            ))}
          </div>
        )}
        <Space style={{ width: '100%', justifyContent: 'space-between' }}>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            <LockOutlined /> {t('duty.switcher.pinLegend')}
          </Typography.Text>
          {current && (
            <Button size="small" onClick={onSignOut}>
              {t('duty.signOut.action')}
            </Button>
          )}
        </Space>
      </Space>
    </div>
  );
}
