import { InputNumber, Radio, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { CALL_DIRECTIONS, type CallDirection } from '../../../core/cases';
import type { ComposerValue } from './composer-entry';

interface Props {
  value: ComposerValue;
  onChange(patch: Partial<ComposerValue>): void;
}

/** A call's direction and length; the summary goes in the composer's text box. */
export function CallFields({ value, onChange }: Props) {
  const { t } = useTranslation();
  return (
    <Space size="middle" wrap>
      <Radio.Group
        size="small"
        optionType="button"
        aria-label={t('composer.direction')}
        value={value.direction}
        onChange={(e) => onChange({ direction: e.target.value as CallDirection })}
        options={CALL_DIRECTIONS.map((d) => ({ value: d, label: t(`composer.directions.${d}`) }))}
      />
      <InputNumber<number>
        size="small"
        min={0}
        max={1440}
        precision={0}
        aria-label={t('composer.minutes')}
        placeholder={t('composer.minutes')}
        value={value.minutes}
        onChange={(minutes) => onChange({ minutes: minutes ?? null })}
        suffix={t('composer.minutesUnit')}
        style={{ width: 140 }}
      />
    </Space>
  );
}
