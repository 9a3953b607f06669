import { useTranslation } from 'react-i18next';
import type { DimensionRow, ReportDimension } from '../../../core/escalation-report';
import { useServices } from '../../shared/use-services';
import { useLeadLabels } from './lead/use-lead-labels';
import type { ReportLabels } from './report-csv';

/** How the report names its rows in the agent's language (support areas, services, agents, reasons). */
export function useReportLabels(): ReportLabels {
  const { t } = useTranslation();
  const services = useServices();
  return {
    ...useLeadLabels(),
    name: (dimension: ReportDimension, row: DimensionRow) => {
      switch (dimension) {
        case 'supportArea':
          return t(`supportAreas.${row.key}`);
        case 'service':
          return services.name(row.key);
        case 'reason':
          return t(`escalationReasons.${row.key}`);
        default:
          return row.name ?? row.key;
      }
    },
  };
}
