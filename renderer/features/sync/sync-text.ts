import type { TFunction } from 'i18next';
import type { SyncView } from '../../../core/sync';
import { formatDateTime } from '../../shared/format';

/** The header's short word for the state: "已同步", "3 项更改待发送", "离线". */
export function phaseLabel(t: TFunction, view: SyncView): string {
  return view.phase === 'waiting'
    ? t('sync.phase.waiting', { count: view.waiting })
    : t(`sync.phase.${view.phase}`);
}

/** The whole sentence, for the indicator's accessible name and tooltip. */
export function phaseSentence(t: TFunction, view: SyncView): string {
  const time = view.since === null ? '' : formatDateTime(view.since);
  switch (view.phase) {
    case 'waiting':
      return t('sync.indicator.waiting', { count: view.waiting });
    case 'offline':
      return t('sync.indicator.offline', { count: view.waiting, time });
    case 'error':
      return t('sync.indicator.error', { reason: problemText(t, view) });
    case 'synced':
      return t('sync.indicator.synced', { time });
    default:
      return t(`sync.indicator.${view.phase}`);
  }
}

/** What went wrong, in words the agent can act on; the server's own words are shown apart. */
export function problemText(t: TFunction, view: Pick<SyncView, 'problem'>): string {
  return view.problem ? t(`sync.failure.${view.problem.failure}`) : '';
}
