import { Button, Select, Space } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Agent } from '../../../../core/agents';
import { CHANNELS, SEVERITIES, SUPPORT_AREAS } from '../../../../core/domain';
import type { LeadReportFilters } from '../../../../core/lead-reports';
import { useChoiceOptions } from '../../../shared/use-choice-options';
import { useServices } from '../../../shared/use-services';
import { useStore } from '../../../store';
import { CustomerFilter } from '../../caselist/CustomerFilter';
import { PrintedFilters } from './PrintedFilters';

const MULTI = {
  mode: 'multiple' as const,
  allowClear: true,
  maxTagCount: 'responsive' as const,
  size: 'small' as const,
};

/** The cases a report counts: severity, support area, service, channel, customer, agent (owner). */
export function ReportFilters({ hide = [] }: { hide?: readonly (keyof LeadReportFilters)[] }) {
  const { t } = useTranslation();
  const services = useServices();
  const options = useChoiceOptions();
  const filters = useStore((s) => s.leadReportQuery.filters);
  const setQuery = useStore((s) => s.setLeadReportQuery);
  const loadAgents = useStore((s) => s.loadReportAgents);
  const [agents, setAgents] = useState<Agent[]>([]);
  useEffect(() => {
    loadAgents()
      .then(setAgents)
      .catch(() => undefined);
  }, [loadAgents]);

  const update = (change: Partial<LeadReportFilters>) => {
    const next: LeadReportFilters = { ...filters, ...change };
    for (const key of Object.keys(next) as (keyof LeadReportFilters)[]) {
      const v = next[key];
      if (v === undefined || (Array.isArray(v) && v.length === 0)) delete next[key];
    }
    setQuery({ filters: next });
  };
  const multi = <K extends 'severities' | 'supportAreas' | 'services' | 'channels'>(
    key: K,
    name: string,
    choices: { value: string; label: string }[],
    width: number,
  ) => (
    <Select
      {...MULTI}
      aria-label={t('filters.aria', { name })}
      placeholder={name}
      style={{ width }}
      value={filters[key] ?? []}
      options={choices}
      onChange={(v: string[]) => update({ [key]: v } as Partial<LeadReportFilters>)}
    />
  );

  return (
    <>
      <PrintedFilters agents={agents} hide={hide} />
      <Space wrap size={[8, 8]} role="group" aria-label={t('filters.label')} className="sd-no-print">
        {multi('severities', t('filters.severity'), options(SEVERITIES, 'severities'), 130)}
        {multi('supportAreas', t('filters.supportArea'), options(SUPPORT_AREAS, 'supportAreas'), 170)}
        {multi('services', t('filters.service'), services.options, 140)}
        {multi('channels', t('leadReports.channel'), options(CHANNELS, 'channels'), 130)}
        <CustomerFilter value={filters.customerId} onChange={(customerId) => update({ customerId })} />
        {!hide.includes('agentId') && (
          <Select
            size="small"
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            aria-label={t('filters.aria', { name: t('leadReports.agent') })}
            placeholder={t('leadReports.agent')}
            style={{ width: 140 }}
            value={filters.agentId}
            options={agents.map((a) => ({ value: a.id, label: a.name }))}
            onChange={(agentId?: string) => update({ agentId })}
          />
        )}
        {Object.keys(filters).length > 0 && (
          <Button size="small" type="link" onClick={() => setQuery({ filters: {} })}>
            {t('filters.clear')}
          </Button>
        )}
      </Space>
    </>
  );
}
