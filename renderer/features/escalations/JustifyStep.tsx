import { Alert, Checkbox, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { ESCALATION_REASONS } from '../../../core/escalations';

/**
 * Step 1: what the desk tried, and which of the seed's three reasons keeps it from solving the issue
 * itself, each with a sentence of evidence. 21Vianet may ask for a remediation plan when it finds an
 * escalation inappropriate: the panel says so before anything is sent.
 */
export function JustifyStep({ reasonsError }: { reasonsError: string | null }) {
  const { t } = useTranslation();
  const form = Form.useFormInstance();
  const reasons = Form.useWatch('reasons', form) as Record<string, { checked?: boolean }> | undefined;

  return (
    <>
      <Alert
        type="info"
        showIcon
        data-testid="remediation-note"
        title={t('escalation.policyTitle')}
        description={t('escalation.policyText')}
        style={{ marginBottom: 12 }}
      />
      <Form.Item name="tried" label={t('escalation.tried')} extra={t('escalation.triedHelp')}>
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={5_000} />
      </Form.Item>
      <Form.Item
        label={t('escalation.reasons')}
        required
        validateStatus={reasonsError ? 'error' : ''}
        help={reasonsError}
        style={{ marginBottom: 8 }}
      >
        <div role="group" aria-label={t('escalation.reasons')}>
          {ESCALATION_REASONS.map((reason) => (
            <div key={reason} style={{ marginBottom: 6 }}>
              <Form.Item name={['reasons', reason, 'checked']} valuePropName="checked" noStyle>
                <Checkbox>
                  <strong>{t(`escalationReasons.${reason}`)}</strong>{' '}
                  <span style={{ color: 'rgba(0,0,0,0.65)', fontSize: 12 }}>
                    {t(`escalationReasons.${reason}Help`)}
                  </span>
                </Checkbox>
              </Form.Item>
              {reasons?.[reason]?.checked && (
                <Form.Item
                  name={['reasons', reason, 'evidence']}
                  style={{ margin: '4px 0 0 24px' }}
                  label={t('escalation.evidenceFor', { reason: t(`escalationReasons.${reason}`) })}
                >
                  <Input.TextArea
                    autoSize={{ minRows: 2, maxRows: 5 }}
                    maxLength={1_000}
                    placeholder={t(`escalationReasons.${reason}Example`)}
                  />
                </Form.Item>
              )}
            </div>
          ))}
        </div>
      </Form.Item>
    </>
  );
}
