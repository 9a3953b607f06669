import type { timesVolumeReportsOperations } from '../../core/lead-reports';
import type { Handlers } from './handlers';
import { timesReport } from './times-report';
import { volumeReport } from './volume-report';

/** The operations of core/lead-reports.ts (`timesVolumeReportsOperations`), one service function per report. */
export const timesVolumeReportsHandlers: Handlers<typeof timesVolumeReportsOperations> = {
  'leadReports.times': timesReport,
  'leadReports.volume': volumeReport,
};
