import { Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { SHEET_FILTERS, type SheetFilter } from '../../../core/support-sheet';
import { useShowError } from '../../shared/use-show-error';
import { useStore } from '../../store';

const ALL = 'all';

/** The customer list's filter: all customers, or those the support process sheet is due to. */
export function SheetFilterSelect() {
  const { t } = useTranslation();
  const showError = useShowError();
  const sheet = useStore((s) => s.customerList.sheet);
  const filter = useStore((s) => s.filterCustomersBySheet);
  return (
    <Select<SheetFilter | typeof ALL>
      aria-label={t('supportSheet.filter.label')}
      value={sheet ?? ALL}
      style={{ width: 180 }}
      popupMatchSelectWidth={false}
      onChange={(v) => filter(v === ALL ? null : v).catch(showError)}
      options={[ALL, ...SHEET_FILTERS].map((v) => ({ value: v, label: t(`supportSheet.filter.${v}`) }))}
    />
  );
}

/** The list's column: the newest version a customer was sent, "old" once the template moved past it. */
export function SheetVersionTag({ version }: { version: number | null }) {
  const { t } = useTranslation();
  const current = useStore((s) => s.customerList.sheetTemplateVersion);
  if (version === null) return <Typography.Text strong>{t('supportSheet.columnNever')}</Typography.Text>;
  if (current !== null && version < current) {
    return <Typography.Text strong>{t('supportSheet.columnOutdated', { version })}</Typography.Text>;
  }
  return <span>{t('supportSheet.columnVersion', { version })}</span>;
}
