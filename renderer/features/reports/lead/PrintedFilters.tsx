import { Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Agent } from '../../../../core/agents';
import { useServices } from '../../../shared/use-services';
import { useStore } from '../../../store';

/** On paper only: which filters the printed report was cut by, since the controls themselves are left out. */
export function PrintedFilters({
  agents,
  hide,
}: {
  agents: readonly Agent[];
  /** Filters the report does not take, left off the paper as off the screen. */
  hide: readonly string[];
}) {
  const { t } = useTranslation();
  const services = useServices();
  const all = useStore((s) => s.leadReportQuery.filters);
  const filters = Object.fromEntries(
    Object.entries(all).filter(([key]) => !hide.includes(key)),
  ) as typeof all;
  const customerById = useStore((s) => s.customerById);
  const [customer, setCustomer] = useState<{ id: string; name: string } | null>(null);
  useEffect(() => {
    if (!filters.customerId) return;
    let live = true;
    customerById(filters.customerId)
      .then((c) => live && setCustomer({ id: c.id, name: c.name }))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [filters.customerId, customerById]);

  const parts = [
    [t('filters.severity'), filters.severities?.map((s) => t(`severities.${s}`))],
    [t('filters.supportArea'), filters.supportAreas?.map((a) => t(`supportAreas.${a}`))],
    [t('filters.service'), filters.services?.map(services.name)],
    [t('leadReports.channel'), filters.channels?.map((c) => t(`channels.${c}`))],
    [
      t('filters.customer'),
      filters.customerId && customer?.id === filters.customerId ? [customer.name] : undefined,
    ],
    [
      t('leadReports.agent'),
      filters.agentId ? [agents.find((a) => a.id === filters.agentId)?.name ?? ''] : undefined,
    ],
  ] as const;
  const shown = parts.filter(([, values]) => values?.length);
  return (
    <Typography.Paragraph className="lead-report__print-title">
      {shown.length === 0
        ? t('leadReports.allCases')
        : shown
            .map(([name, values]) =>
              t('leadReports.printedFilter', {
                name,
                values: values!.join(t('leadReports.printedValueSeparator')),
              }),
            )
            .join(' · ')}
    </Typography.Paragraph>
  );
}
