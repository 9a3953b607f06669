import { useTranslation } from 'react-i18next';
import type { CustomerDetail } from '../../../core/customers';
import { FlagSwitch } from '../../shared/FlagSwitch';
import { useStore } from '../../store';

/** Whether the customer holds a premium agreement: only then may an escalation ask for severity A. */
export function PremiumAgreementSwitch({ detail }: { detail: CustomerDetail }) {
  const { t } = useTranslation();
  const setPremium = useStore((s) => s.setPremiumAgreement);
  return (
    <FlagSwitch
      checked={detail.premiumAgreement}
      label={t('escalation.premiumAgreement')}
      stateText={t(detail.premiumAgreement ? 'escalation.premiumOn' : 'escalation.premiumOff')}
      save={(premiumAgreement) => setPremium(detail.id, premiumAgreement)}
    />
  );
}
