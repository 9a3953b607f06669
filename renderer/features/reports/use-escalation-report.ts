import { App } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EscalationReport, ReportGranularity } from '../../../core/escalation-report';
import { deskUtcOffset, pickedInstant } from '../../shared/format';
import { useStore } from '../../store';

/** The escalation report for whole days from `range[0]` to `range[1]`, re-read when either changes. */
export function useEscalationReport(range: [Dayjs, Dayjs], granularity: ReportGranularity) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const loadReport = useStore((s) => s.loadEscalationReport);
  const [report, setReport] = useState<EscalationReport | null>(null);

  useEffect(() => {
    let live = true;
    // Whole days on the desk's calendar; weeks and months start at the desk's midnight.
    loadReport({
      from: pickedInstant(range[0].startOf('day')),
      to: pickedInstant(range[1].startOf('day').add(1, 'day')),
      granularity,
      utcOffsetMin: deskUtcOffset(),
    })
      .then((r) => live && setReport(r))
      .catch(() => live && message.error(t('errors.INTERNAL')));
    return () => {
      live = false;
    };
  }, [range, granularity, loadReport, message, t]);

  return report;
}
