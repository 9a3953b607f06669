import { Spin } from 'antd';
import { Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { lazyComponent } from '../lib/lazy-component';
import { useStore } from '../store';
import { AppFrame } from './AppFrame';

// A start that works shows neither: their code loads only when they are needed.
const RecoveryPage = lazyComponent(() => import('../features/backups/RecoveryPage'), 'RecoveryPage');
const StartFailure = lazyComponent(() => import('./StartFailure'), 'StartFailure');

/** Connects to the case log, then shows the app, or says plainly why it cannot. */
export function Boot() {
  const { t } = useTranslation();
  const boot = useStore((s) => s.boot);
  const start = useStore((s) => s.start);
  useEffect(() => {
    void start();
  }, [start]);

  const loading = <Spin fullscreen tip={t('app.loading')} />;
  if (boot.phase === 'loading') return loading;
  if (boot.phase === 'failed') {
    const text =
      boot.code === 'UNAUTHORIZED'
        ? t('app.sessionExpired')
        : t('app.startFailed', { message: boot.message });
    return (
      <Suspense fallback={loading}>
        {boot.code === 'RECOVERY' ? <RecoveryPage /> : <StartFailure text={text} />}
      </Suspense>
    );
  }
  return <AppFrame />;
}
