import { DatePicker, Segmented, Space } from 'antd';
import enGB from 'antd/es/date-picker/locale/en_GB';
import dayjs, { type Dayjs } from 'dayjs';
import 'dayjs/locale/en-gb';
import { useTranslation } from 'react-i18next';
import { isoWeekOf } from '../../../../core/local-time';
import { useStore } from '../../../store';
import { PERIOD_KINDS, type PeriodKind } from './report-period';

const dateOf = (d: Dayjs) => d.format('YYYY-MM-DD');

// The report's weeks run from Monday: in English the calendar's too (en_GB keeps ISO weeks, en_US Sunday's).
const MONDAY_FIRST_EN = enGB;

/** Day, week, month (around a chosen date) or a custom range of days. */
export function PeriodPicker() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language === 'en' ? MONDAY_FIRST_EN : undefined;
  const weekLabel = (d: Dayjs) => t('leadReports.weekLabel', isoWeekOf(dateOf(d)));
  const period = useStore((s) => s.leadReportQuery.period);
  const setQuery = useStore((s) => s.setLeadReportQuery);
  const set = (change: Partial<typeof period>) => setQuery({ period: { ...period, ...change } });
  return (
    <Space wrap>
      <Segmented<PeriodKind>
        aria-label={t('leadReports.periodKind')}
        value={period.kind}
        onChange={(kind) => set({ kind, last: kind === 'custom' ? period.last : period.first })}
        options={PERIOD_KINDS.map((k) => ({ value: k, label: t(`leadReports.periods.${k}`) }))}
      />
      {period.kind === 'custom' ? (
        <span role="group" aria-label={t('leadReports.period')}>
          <DatePicker.RangePicker
            allowClear={false}
            locale={locale}
            value={[dayjs(period.first), dayjs(period.last)]}
            onChange={(v) => v?.[0] && v[1] && set({ first: dateOf(v[0]), last: dateOf(v[1]) })}
          />
        </span>
      ) : (
        <DatePicker
          allowClear={false}
          aria-label={t('leadReports.period')}
          locale={locale}
          format={period.kind === 'week' ? weekLabel : undefined}
          picker={period.kind === 'day' ? 'date' : period.kind}
          value={dayjs(period.first)}
          onChange={(v: Dayjs | null) => v && set({ first: dateOf(v), last: dateOf(v) })}
        />
      )}
    </Space>
  );
}
