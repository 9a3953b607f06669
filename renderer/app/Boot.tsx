import { Result, Spin } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from '../store';
import { RecoveryPage } from '../features/backups/RecoveryPage';
import { AppFrame } from './AppFrame';

/** Connects to the case log, then shows the app, or says plainly why it cannot. */
export function Boot() {
  const { t } = useTranslation();
  const boot = useStore((s) => s.boot);
  const start = useStore((s) => s.start);
  useEffect(() => {
    void start();
  }, [start]);

  if (boot.phase === 'loading') {
    return <Spin fullscreen tip={t('app.loading')} />;
  }
  if (boot.phase === 'failed' && boot.code === 'RECOVERY') return <RecoveryPage />;
  if (boot.phase === 'failed') {
    const text =
      boot.code === 'UNAUTHORIZED'
        ? t('app.sessionExpired')
        : t('app.startFailed', { message: boot.message });
    return <Result status="warning" title={t('app.name')} subTitle={text} />;
  }
  return <AppFrame />;
}
