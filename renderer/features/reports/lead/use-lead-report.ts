import { App } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OutputOf } from '../../../../core/api';
import { deskUtcOffset } from '../../../shared/format';
import { useStore } from '../../../store';
import type { LeadReportName } from '../report-slice';
import { reportRange } from './report-period';

/**
 * A lead report for the period and filters the picker holds, re-read when either changes. While a new one
 * loads the page shows none, so that what is on screen is never a mix of two periods.
 */
export function useLeadReport<K extends LeadReportName>(name: K) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { period, filters } = useStore((s) => s.leadReportQuery);
  const load = useStore((s) => s.loadLeadReport);
  const range = useMemo(() => reportRange(period, deskUtcOffset()), [period]);
  // Kept with the question it answers, so that a report of another period or filter is never shown.
  const asked = JSON.stringify([name, range, filters]);
  const [answer, setAnswer] = useState<{ asked: string; report: OutputOf<K> } | null>(null);

  useEffect(() => {
    let live = true;
    load(name, {
      from: range.from,
      to: range.to,
      granularity: range.granularity,
      utcOffsetMin: deskUtcOffset(),
      filters,
    })
      .then((report) => live && setAnswer({ asked, report }))
      .catch(() => live && message.error(t('errors.INTERNAL')));
    return () => {
      live = false;
    };
  }, [asked, name, range, filters, load, message, t]);

  return { report: answer?.asked === asked ? answer.report : null, range };
}
