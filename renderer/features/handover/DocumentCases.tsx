import { Checkbox } from 'antd';
import { useTranslation } from 'react-i18next';
import type { HandoverConfirmation, HandoverItem } from '../../../core/handover';
import { formatDateTime } from '../../shared/format';
import { contingencyText, dueLabel, timeToBreach } from './format';

export interface ReadBack {
  /** Whether the agent at the keyboard may confirm items now (the incoming agent, while pending). */
  canConfirm: boolean;
  busy: string | null;
  onConfirm(caseId: string): void;
}

interface Props {
  items: HandoverItem[];
  /** When the clocks were read: the submission (or, in a preview, now). */
  at: number;
  confirmations: HandoverConfirmation[];
  readBack?: ReadBack | undefined;
}

const TONE = {
  danger: 'handover-doc__danger',
  warning: 'handover-doc__warning',
  secondary: 'handover-doc__muted',
};

/** The open cases of a handover as a plain table: it reads the same on screen and on paper. */
export function DocumentCases({ items, at, confirmations, readBack }: Props) {
  const { t } = useTranslation();
  const confirmed = new Map(confirmations.map((c) => [c.caseId, c]));
  return (
    <table aria-label={t('handover.sections.cases')}>
      <colgroup>
        <col style={{ width: 92 }} />
        <col style={{ width: '19%' }} />
        <col style={{ width: '10%' }} />
        <col style={{ width: '12%' }} />
        <col />
        <col style={{ width: '21%' }} />
        <col style={{ width: 120 }} />
      </colgroup>
      <thead>
        <tr>
          <th>{t('handover.columns.severity')}</th>
          <th>{t('handover.columns.case')}</th>
          <th>{t('handover.columns.status')}</th>
          <th>{t('handover.columns.due')}</th>
          <th>{t('handover.columns.plan')}</th>
          <th>{t('handover.columns.contingency')}</th>
          <th>{t('handover.columns.readBack')}</th>
        </tr>
      </thead>
      <tbody>
        {items.map((item) => {
          const due = timeToBreach(t, item, at);
          const when = dueLabel(t, item, at);
          const confirmation = confirmed.get(item.caseId);
          return (
            <tr
              key={item.caseId}
              className={`handover-doc__severity-${item.severity}`}
              data-testid="handover-item"
            >
              <td>{t(`severities.${item.severity}`)}</td>
              <td>
                <div>
                  <strong>{item.number}</strong> {item.title}
                </div>
                <div className="handover-doc__muted">{item.customerName}</div>
              </td>
              <td>
                <div>{t(`statuses.${item.status}`)}</div>
                {item.requestNumber && (
                  <div className="handover-doc__muted">
                    {t('handover.request', { number: item.requestNumber })}
                  </div>
                )}
                {item.waitingOn21vSince !== null && (
                  <div className="handover-doc__muted">
                    {t('handover.waitingSince', { time: formatDateTime(item.waitingOn21vSince) })}
                  </div>
                )}
              </td>
              <td>
                <div className={due.tone ? TONE[due.tone] : undefined}>{due.text}</div>
                {when && <div className="handover-doc__muted">{when}</div>}
              </td>
              <td>
                <div>{item.nextAction}</div>
                <div className="handover-doc__muted">
                  {t('handover.planLine', {
                    owner: item.owner?.name ?? '—',
                    deadline: item.deadline !== null ? formatDateTime(item.deadline) : '—',
                  })}
                </div>
              </td>
              <td>{contingencyText(t, item) ?? <span className="handover-doc__muted">—</span>}</td>
              <td>
                {item.severity !== 'A' ? (
                  <span className="handover-doc__muted">{t('handover.readBack.notNeeded')}</span>
                ) : confirmation ? (
                  <span>
                    {t('handover.readBack.confirmedBy', {
                      name: confirmation.agent.name,
                      time: formatDateTime(confirmation.at),
                    })}
                  </span>
                ) : readBack?.canConfirm ? (
                  <Checkbox
                    checked={false}
                    disabled={readBack.busy !== null}
                    aria-label={t('handover.readBack.confirmItem', { number: item.number })}
                    onChange={() => readBack.onConfirm(item.caseId)}
                  >
                    {t('handover.readBack.confirm')}
                  </Checkbox>
                ) : (
                  <span className="handover-doc__warning">{t('handover.readBack.unconfirmed')}</span>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
