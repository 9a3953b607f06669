import { useTranslation } from 'react-i18next';
import type { Handover, HandoverDocument as Doc } from '../../../core/handover';
import { formatDateTime } from '../../shared/format';
import { DocumentCases, type ReadBack } from './DocumentCases';
import './handover.css';

interface Props {
  document: Doc;
  /** The stored handover's people and times; absent for a preview of one being written. */
  handover?: Handover | undefined;
  readBack?: ReadBack | undefined;
}

/**
 * A handover as it is read, printed and exported to PDF: who handed over to whom and when (T1, T2), then one
 * section per page on paper: the open cases, the watch items, the notes, and the read-back.
 */
export function HandoverDocument({ document: doc, handover, readBack }: Props) {
  const { t } = useTranslation();
  const s = doc.summary;
  const none = <p className="handover-doc__none">{t('handover.noneText')}</p>;
  const colon = t('handover.meta.colon');
  return (
    <article className="handover-doc" aria-label={t('handover.document')}>
      <h2>{t('handover.document')}</h2>
      {handover && (
        <dl className="handover-doc__meta">
          <div>
            <dt>
              {t('handover.meta.from')}
              {colon}
            </dt>
            <dd>{handover.fromAgent.name}</dd>
          </div>
          <div>
            <dt>
              {t('handover.meta.submittedAt')}
              {colon}
            </dt>
            <dd data-testid="handover-t1">{formatDateTime(handover.createdAt)}</dd>
          </div>
          <div>
            <dt>
              {t('handover.meta.to')}
              {colon}
            </dt>
            <dd>{handover.toAgent?.name ?? t('handover.meta.notYet')}</dd>
          </div>
          <div>
            <dt>
              {t('handover.meta.acknowledgedAt')}
              {colon}
            </dt>
            <dd data-testid="handover-t2">
              {handover.acknowledgedAt !== null
                ? formatDateTime(handover.acknowledgedAt)
                : t('handover.meta.notYet')}
            </dd>
          </div>
          <div>
            <dt>
              {t('handover.meta.status')}
              {colon}
            </dt>
            <dd>{t(`handover.status.${handover.status}`)}</dd>
          </div>
        </dl>
      )}
      <p className="handover-doc__summary">
        {t('handover.summary', {
          total: s.total,
          a: s.bySeverity.A,
          b: s.bySeverity.B,
          c: s.bySeverity.C,
          breached: s.breached,
          atRisk: s.atRisk,
          waiting: s.waitingOn21v,
        })}
      </p>

      <section className="handover-doc__section">
        <h3>{t('handover.sections.casesNumbered', { count: doc.items.length })}</h3>
        {doc.items.length === 0 ? (
          none
        ) : (
          <DocumentCases
            items={doc.items}
            at={handover?.createdAt ?? doc.composedAt}
            confirmations={handover?.confirmations ?? []}
            readBack={readBack}
          />
        )}
      </section>

      <section className="handover-doc__section">
        <h3>{t('handover.sections.watchNumbered')}</h3>
        {doc.watch.length === 0 ? (
          none
        ) : (
          <ul>
            {doc.watch.map((w) => (
              <li key={w.id}>
                {w.text}
                {w.carriedFrom && <span className="handover-doc__muted"> {t('handover.carried')}</span>}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="handover-doc__section">
        <h3>{t('handover.sections.notesNumbered')}</h3>
        {doc.notes.trim() ? <p className="handover-doc__notes">{doc.notes}</p> : none}
      </section>

      {handover && (
        <section className="handover-doc__section">
          <h3>{t('handover.sections.readBackNumbered')}</h3>
          <ul>
            {handover.confirmations.map((c) => {
              const item = doc.items.find((i) => i.caseId === c.caseId);
              return (
                <li key={c.caseId}>
                  {t('handover.readBack.line', {
                    number: item?.number ?? c.caseId,
                    name: c.agent.name,
                    time: formatDateTime(c.at),
                  })}
                </li>
              );
            })}
            <li>
              {handover.acknowledgedAt !== null && handover.toAgent
                ? t('handover.readBack.acknowledged', {
                    name: handover.toAgent.name,
                    time: formatDateTime(handover.acknowledgedAt),
                  })
                : t('handover.readBack.waiting')}
            </li>
          </ul>
        </section>
      )}
    </article>
  );
}
