import { Button, Popconfirm, Space } from 'antd';
import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  /** Discards a draft that never reached 21Vianet, after a confirmation; absent before it is saved. */
  onDiscard?: () => Promise<void>;
  onBack?: () => void;
  primary?: { label: string; busy: boolean; onClick(): void };
  style?: CSSProperties;
}

/** A request panel's buttons: discard the draft on the left; back and the step's own action on the right. */
export function RequestActions({ onDiscard, onBack, primary, style }: Props) {
  const { t } = useTranslation();
  return (
    <Space style={{ width: '100%', justifyContent: 'space-between', ...style }}>
      <div>
        {onDiscard && (
          <Popconfirm title={t('escalation.discardConfirm')} onConfirm={() => void onDiscard()}>
            <Button danger>{t('escalation.discard')}</Button>
          </Popconfirm>
        )}
      </div>
      <Space>
        {onBack && <Button onClick={onBack}>{t('escalation.back')}</Button>}
        {primary && (
          <Button type="primary" loading={primary.busy} onClick={primary.onClick}>
            {primary.label}
          </Button>
        )}
      </Space>
    </Space>
  );
}
