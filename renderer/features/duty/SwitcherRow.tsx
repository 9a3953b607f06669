import { LockOutlined } from '@ant-design/icons';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AgentProfile } from '../../../core/agents';

interface Props {
  agent: AgentProfile;
  /** The key that picks this agent, if one of the first ten. */
  digit: string | null;
  current: boolean;
  disabled: boolean;
  onPick: () => void;
}

/** One agent in the switcher: the digit to press, the name, role and languages, and whether a PIN is asked. */
export function SwitcherRow({ agent, digit, current, disabled, onPick }: Props) {
  const { t } = useTranslation();
  return (
    <button
      type="button"
      role="option"
      aria-selected={current}
      className={`sd-switcher-row${current ? ' is-current' : ''}`}
      disabled={disabled}
      onClick={onPick}
    >
      <kbd className="sd-switcher-digit">{digit ?? ' '}</kbd>
      <span className="sd-switcher-name">{agent.name}</span>
      {agent.role === 'lead' && <Tag color="blue">{t('duty.agents.roles.lead')}</Tag>}
      <span className="sd-switcher-langs">{agent.languages.map((l) => t(`language.${l}`)).join(' · ')}</span>
      {current && <Tag color="green">{t('duty.switcher.current')}</Tag>}
      {agent.hasPin && <LockOutlined aria-label={t('duty.switcher.pinLegend')} />}
    </button>
  );
}
