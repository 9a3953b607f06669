import { Button, Popconfirm } from 'antd';
import { useTranslation } from 'react-i18next';

/** Discards a draft that never reached 21Vianet, after a confirmation. */
export function DiscardDraftButton({ onDiscard }: { onDiscard(): Promise<void> }) {
  const { t } = useTranslation();
  return (
    <Popconfirm title={t('escalation.discardConfirm')} onConfirm={() => void onDiscard()}>
      <Button danger>{t('escalation.discard')}</Button>
    </Popconfirm>
  );
}
