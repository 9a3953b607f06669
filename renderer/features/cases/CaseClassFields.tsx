import { Col, Form, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { CHANNELS, SEVERITIES, SUPPORT_AREAS } from '../../../core/domain';
import { useChoiceOptions } from '../../shared/use-choice-options';
import { useServices } from '../../shared/use-services';

export type CaseClassField = 'supportArea' | 'severity' | 'channel' | 'service';

/** Each closed list, and the i18n prefix of its labels. */
const CHOICES = {
  supportArea: { values: SUPPORT_AREAS, prefix: 'supportAreas' },
  severity: { values: SEVERITIES, prefix: 'severities' },
  channel: { values: CHANNELS, prefix: 'channels' },
} as const;

/** How a case is classified — support area, severity, channel, service — two selects a row, in the given order. */
export function CaseClassFields({ order }: { order: readonly CaseClassField[] }) {
  const { t } = useTranslation();
  const services = useServices();
  const options = useChoiceOptions();
  return (
    <Row gutter={12}>
      {order.map((name) => (
        <Col span={12} key={name}>
          <Form.Item name={name} label={t(`fields.${name}`)}>
            <Select
              options={
                name === 'service' ? services.options : options(CHOICES[name].values, CHOICES[name].prefix)
              }
            />
          </Form.Item>
        </Col>
      ))}
    </Row>
  );
}
