import { App, Switch, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustomerDetail } from '../../../core/customers';
import { useStore } from '../../store';
import { errorText } from '../../shared/error-text';

/** Whether the customer holds a premium agreement: only then may an escalation ask for severity A. */
export function PremiumAgreementSwitch({ detail }: { detail: CustomerDetail }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const setPremium = useStore((s) => s.setPremiumAgreement);
  const [saving, setSaving] = useState(false);

  async function change(premiumAgreement: boolean) {
    setSaving(true);
    try {
      await setPremium(detail.id, premiumAgreement);
    } catch (error) {
      message.error(errorText(t, error));
    } finally {
      setSaving(false);
    }
  }

  return (
    <span>
      <Switch
        size="small"
        checked={detail.premiumAgreement}
        loading={saving}
        aria-label={t('escalation.premiumAgreement')}
        onChange={(checked) => void change(checked)}
      />
      <Typography.Text type="secondary" style={{ marginInlineStart: 8, fontSize: 12 }}>
        {t(detail.premiumAgreement ? 'escalation.premiumOn' : 'escalation.premiumOff')}
      </Typography.Text>
    </span>
  );
}
