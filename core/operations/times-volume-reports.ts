// The desk lead's time and volume reports, beside core/operations/lead-reports.ts and taking the same input.
// Implemented by electron/services/times-report.ts and volume-report.ts.
import { leadReportInput } from '../lead-reports';
import { reads } from '../operation';
import type { TimesReport } from '../times-report';
import type { VolumeReport } from '../volume-report';

export const timesVolumeReportOperations = {
  'leadReports.times': reads<TimesReport>()(leadReportInput),
  'leadReports.volume': reads<VolumeReport>()(leadReportInput),
};
