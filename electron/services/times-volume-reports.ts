import type { timesVolumeReportOperations } from '../../core/operations/times-volume-reports';
import type { Handlers } from './handlers';
import { timesReport } from './times-report';
import { volumeReport } from './volume-report';

/** The operations of core/operations/times-volume-reports.ts, one service function per report. */
export const timesVolumeReportHandlers: Handlers<typeof timesVolumeReportOperations> = {
  'leadReports.times': timesReport,
  'leadReports.volume': volumeReport,
};
