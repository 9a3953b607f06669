import { AutoComplete, Col, Form, Input, Radio, Row, Select, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Contact } from '../../../core/customers';
import { SEVERITIES } from '../../../core/domain';
import { allowedEscalationSeverities } from '../../../core/escalation-status';
import { HANDOFF_TARGETS } from '../../../core/escalations';
import { useServices } from '../../shared/use-services';
import { contactLine } from './escalation-form';

interface Props {
  premiumAgreement: boolean;
  contacts: readonly Contact[];
}

/** Step 2: the service and severity asked for, the one indivisible issue, its impact, who to call. */
export function RequestStep({ premiumAgreement, contacts }: Props) {
  const { t } = useTranslation();
  const services = useServices();
  const allowed = allowedEscalationSeverities(premiumAgreement);

  return (
    <>
      <Row gutter={12}>
        <Col span={9}>
          <Form.Item name="service" label={t('escalation.service')}>
            <Select options={services.options} showSearch={{ optionFilterProp: 'label' }} />
          </Form.Item>
        </Col>
        <Col span={15}>
          <Form.Item
            name="severity"
            label={t('escalation.severity')}
            extra={premiumAgreement ? undefined : t('escalation.severityNoPremium')}
          >
            <Radio.Group aria-label={t('escalation.severity')} optionType="button" buttonStyle="solid">
              {SEVERITIES.map((s) => (
                <Tooltip
                  key={s}
                  title={allowed.includes(s) ? undefined : t('validation.severityNeedsPremium')}
                >
                  <Radio.Button value={s} disabled={!allowed.includes(s)}>
                    {t(`severities.${s}`)}
                  </Radio.Button>
                </Tooltip>
              ))}
            </Radio.Group>
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="title" label={t('escalation.title')}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="issue" label={t('escalation.issue')} extra={t('escalation.issueHelp')}>
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={5_000} />
      </Form.Item>
      <Form.Item name="businessImpact" label={t('escalation.businessImpact')}>
        <Input.TextArea
          autoSize={{ minRows: 2, maxRows: 5 }}
          maxLength={2_000}
          placeholder={t('escalation.businessImpactPlaceholder')}
        />
      </Form.Item>
      <Form.Item name="contact" label={t('escalation.contact')} extra={t('escalation.contactHelp')}>
        <AutoComplete
          options={contacts.map((c) => ({ value: contactLine(c), label: contactLine(c) }))}
          maxLength={300}
        />
      </Form.Item>
      <Form.Item name="target" label={t('escalation.target')}>
        <Radio.Group
          aria-label={t('escalation.target')}
          options={HANDOFF_TARGETS.map((target) => ({
            value: target,
            label: t(`handoff.targets.${target}`),
          }))}
        />
      </Form.Item>
    </>
  );
}
