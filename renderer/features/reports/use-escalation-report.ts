import { App } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EscalationReport, ReportGranularity } from '../../../core/escalation-report';
import { useStore } from '../../store';

/** The escalation report for whole days from `range[0]` to `range[1]`, re-read when either changes. */
export function useEscalationReport(range: [Dayjs, Dayjs], granularity: ReportGranularity) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const loadReport = useStore((s) => s.loadEscalationReport);
  const [report, setReport] = useState<EscalationReport | null>(null);

  useEffect(() => {
    let live = true;
    const from = range[0].startOf('day');
    loadReport({
      from: from.valueOf(),
      to: range[1].endOf('day').valueOf() + 1,
      granularity,
      // The workstation's offset, so that weeks and months start at its midnight.
      utcOffsetMin: -from.toDate().getTimezoneOffset(),
    })
      .then((r) => live && setReport(r))
      .catch(() => live && message.error(t('errors.INTERNAL')));
    return () => {
      live = false;
    };
  }, [range, granularity, loadReport, message, t]);

  return report;
}
