import { initial } from './0010-initial';
import { caseLog } from './0020-case-log';
import { customerDirectory } from './0030-customer-directory';
import { listFilterIndexes } from './0040-list-filter-indexes';
import { duty } from './0050-duty';
import { sla } from './0060-sla';
import { handover } from './0070-handover';
import { escalations } from './0080-escalations';
import { terminalSignIns } from './0090-terminal-sign-ins';
import { caseSearch } from './0100-case-search';
import { syncOutbox } from './0110-sync-outbox';
import { importProvenance } from './0120-import-provenance';
import { syncServer } from './0140-sync-server';
import { reportIndexes } from './0160-report-indexes';
import { cannedReplies } from './0170-canned-replies';
import { timesVolumeIndexes } from './0180-times-volume-indexes';
import { staffingReportIndexes } from './0185-staffing-report-indexes';
import { knowledge } from './0190-knowledge';
import { caseClassificationIndex } from './0210-case-classification-index';
import { customerSearch } from './0220-customer-search';
import { handoverSearch } from './0230-handover-search';
import { supportSheet } from './0240-support-sheet';
import { clockCoveringIndexes } from './0260-clock-covering-indexes';
import { rosterHistory } from './0261-roster-history';
import type { Migration } from './types';

/** Every migration, in order. Never edit one that has shipped; add the next instead. */
export const MIGRATIONS: readonly Migration[] = [
  initial,
  caseLog,
  customerDirectory,
  listFilterIndexes,
  duty,
  sla,
  handover,
  escalations,
  terminalSignIns,
  caseSearch,
  syncOutbox,
  importProvenance,
  syncServer,
  reportIndexes,
  cannedReplies,
  timesVolumeIndexes,
  staffingReportIndexes,
  knowledge,
  caseClassificationIndex,
  customerSearch,
  handoverSearch,
  supportSheet,
  clockCoveringIndexes,
  rosterHistory,
];
