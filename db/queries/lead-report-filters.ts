import type { LeadPeriod, LeadReportFilters } from '../../core/lead-reports';

/** A WHERE fragment over the cases table and its named parameters. */
export interface FilterSql {
  sql: string;
  params: Record<string, string>;
}

/**
 * The report's filters as conditions on the case alias `c` (`AND …`, or empty). Only the filters given
 * appear, so each combination is its own cached statement with a plan of its own. `severityColumn` lets
 * a report filter by the severity a record was kept with (an SLA outcome's) instead of the case's now.
 */
export function caseFilterSql(f: LeadReportFilters, severityColumn = 'c.severity'): FilterSql {
  const parts: string[] = [];
  const params: Record<string, string> = {};
  const list = (name: string, column: string, values: readonly string[] | undefined) => {
    if (!values?.length) return;
    parts.push(`${column} IN (SELECT value FROM json_each(@${name}))`);
    params[name] = JSON.stringify(values);
  };
  list('severities', severityColumn, f.severities);
  list('supportAreas', 'c.support_area', f.supportAreas);
  list('services', 'c.service', f.services);
  list('channels', 'c.channel', f.channels);
  if (f.customerId) {
    parts.push('c.customer_id = @customerId');
    params.customerId = f.customerId;
  }
  if (f.agentId) {
    parts.push('c.owner_id = @agentId');
    params.agentId = f.agentId;
  }
  return { sql: parts.map((p) => ` AND ${p}`).join(''), params };
}

/** Periods as the JSON the queries join on: `[[start, end], …]`, period i at json_each key i. */
export const periodsJson = (periods: readonly LeadPeriod[]) =>
  JSON.stringify(periods.map((p) => [p.start, p.end]));
