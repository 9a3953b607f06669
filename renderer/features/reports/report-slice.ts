import type { Agent } from '../../../core/agents';
import type { InputOf, OutputOf } from '../../../core/api';
import type { LeadReportFilters, LeadReportInput } from '../../../core/lead-reports';
import { call } from '../../lib/api';
import { serviceNow } from '../../lib/clock';
import { deskTime } from '../../shared/format';
import type { Slice } from '../../store/slice';
import type { PeriodChoice } from './lead/report-period';

/** The lead reports' operations, by the name of the report. */
export type LeadReportName =
  | 'leadReports.sla'
  | 'leadReports.handovers'
  | 'leadReports.times'
  | 'leadReports.volume'
  | 'leadReports.coverage'
  | 'leadReports.agents';

/** What every lead report is asked for: one period and one set of filters, kept while moving between them. */
export interface LeadReportQuery {
  period: PeriodChoice;
  filters: LeadReportFilters;
}

/** The desk lead's reports; each page keeps the report it shows. */
export interface ReportSlice {
  loadEscalationReport(period: InputOf<'escalationReport.get'>): Promise<OutputOf<'escalationReport.get'>>;
  leadReportQuery: LeadReportQuery;
  setLeadReportQuery(change: Partial<LeadReportQuery>): void;
  loadLeadReport<K extends LeadReportName>(name: K, input: LeadReportInput): Promise<OutputOf<K>>;
  /** Every agent, former ones too: reports cover the past. */
  loadReportAgents(): Promise<Agent[]>;
}

/** The last 30 days to today in the desk's zone: never empty, even on the first of a month. */
const lastThirtyDays = (): PeriodChoice => {
  const today = deskTime(serviceNow());
  return {
    kind: 'custom',
    first: today.subtract(29, 'day').format('YYYY-MM-DD'),
    last: today.format('YYYY-MM-DD'),
  };
};

export const createReportSlice: Slice<ReportSlice> = (set, get) => ({
  loadEscalationReport: (period) => call('escalationReport.get', period),
  leadReportQuery: { period: lastThirtyDays(), filters: {} },
  setLeadReportQuery: (change) => set({ leadReportQuery: { ...get().leadReportQuery, ...change } }),
  // Every lead report takes the same input (core/lead-reports.ts).
  loadLeadReport: (name, input) => call(name, input as InputOf<typeof name>),
  loadReportAgents: () => call('agents.list', { includeInactive: true }),
});
