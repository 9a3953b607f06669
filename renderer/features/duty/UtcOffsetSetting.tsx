import { Select, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatUtcOffset, MAX_UTC_OFFSET_MINUTES, MIN_UTC_OFFSET_MINUTES } from '../../../core/local-time';
import { useShowRefusal } from '../../shared/use-refusal-text';
import { useStore } from '../../store';
import { useIsLead } from './use-agent-options';

const OFFSETS = Array.from(
  { length: (MAX_UTC_OFFSET_MINUTES - MIN_UTC_OFFSET_MINUTES) / 15 + 1 },
  (_, i) => MIN_UTC_OFFSET_MINUTES + i * 15,
);

/** The workstation's fixed offset from UTC that roster times are read in (China has no daylight saving). */
export function UtcOffsetSetting() {
  const { t } = useTranslation();
  const showRefusal = useShowRefusal();
  const offset = useStore((s) => s.roster?.utcOffsetMinutes ?? null);
  const setUtcOffset = useStore((s) => s.setUtcOffset);
  const lead = useIsLead();
  if (offset === null) return null;
  const label = (m: number) =>
    m === 480 ? t('duty.roster.cst', { offset: formatUtcOffset(m) }) : `UTC${formatUtcOffset(m)}`;
  return (
    <Space size={8}>
      <Typography.Text type="secondary">{t('duty.roster.timeZone')}</Typography.Text>
      {lead ? (
        <Select
          size="small"
          aria-label={t('duty.roster.timeZone')}
          style={{ width: 250 }}
          value={offset}
          showSearch
          optionFilterProp="label"
          options={OFFSETS.map((m) => ({ value: m, label: label(m) }))}
          onChange={(m: number) => void setUtcOffset(m).catch(showRefusal)}
        />
      ) : (
        <Typography.Text>{label(offset)}</Typography.Text>
      )}
    </Space>
  );
}
