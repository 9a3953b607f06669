import { Col, Form, Input, Radio, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { SEVERITIES } from '../../../core/domain';
import { PARTNER_CATEGORIES } from '../../../core/partner-requests';

/** The fields of 21Vianet's support request form for a Partner Center issue. */
export function PartnerRequestFields() {
  const { t } = useTranslation();
  return (
    <>
      <Row gutter={12}>
        <Col span={12}>
          <Form.Item name="category" label={t('partnerRequests.category')}>
            <Select
              placeholder={t('partnerRequests.categoryPlaceholder')}
              options={PARTNER_CATEGORIES.map((c) => ({
                value: c,
                label: t(`partnerRequests.categories.${c}`),
              }))}
            />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="severity" label={t('escalation.severity')}>
            <Radio.Group
              aria-label={t('escalation.severity')}
              optionType="button"
              buttonStyle="solid"
              options={SEVERITIES.map((s) => ({ value: s, label: t(`severities.${s}`) }))}
            />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="title" label={t('escalation.title')}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="description" label={t('partnerRequests.description')}>
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={5_000} />
      </Form.Item>
      <Form.Item name="businessImpact" label={t('escalation.businessImpact')}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={2_000} />
      </Form.Item>
      <Form.Item name="contact" label={t('escalation.contact')} extra={t('partnerRequests.contactHelp')}>
        <Input maxLength={300} />
      </Form.Item>
      <Form.Item name="summaryLanguage" hidden>
        <Input />
      </Form.Item>
    </>
  );
}
