import type { InputOf, OutputOf } from '../../../core/api';
import { call } from '../../lib/api';
import type { Slice } from '../../store/slice';

/** The desk lead's reports; each page keeps the report it shows. */
export interface ReportSlice {
  loadEscalationReport(period: InputOf<'escalationReport.get'>): Promise<OutputOf<'escalationReport.get'>>;
}

export const createReportSlice: Slice<ReportSlice> = () => ({
  loadEscalationReport: (period) => call('escalationReport.get', period),
});
