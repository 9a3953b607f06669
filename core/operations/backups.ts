// Backups of the case log and restoring one, and the start-up recovery of a damaged case log. Implemented by
// electron/services/backups.ts and electron/services/recovery.ts.
import {
  type BackupList,
  type BackupProgress,
  type BackupSummary,
  type CaseLogState,
  caseLogStateInput,
  backupsFolderInput,
  backupsListInput,
  backupsPreviewInput,
  backupsRestoreInput,
  backupsRunInput,
  type RecoveryStatus,
  recoveryRestoreInput,
  recoveryStatusInput,
  type Restored,
} from '../backups';
import { ANYONE, reads, writes } from '../operation';

export const backupsOperations = {
  'backups.list': reads<BackupList>()(backupsListInput),
  // Taking a backup changes nothing in the case log; anyone at the desk may take one.
  'backups.run': writes<BackupProgress>()(backupsRunInput, ANYONE),
  'backups.preview': reads<BackupSummary>()(backupsPreviewInput),
  'backups.restore': writes<BackupProgress>()(backupsRestoreInput),
  'backups.setFolder': writes<BackupList>()(backupsFolderInput),
  'caseLog.state': reads<CaseLogState>()(caseLogStateInput),
  'recovery.status': reads<RecoveryStatus>()(recoveryStatusInput),
  // Answered only while the desk starts in recovery, when nobody can be signed in (electron/services/recovery.ts).
  'recovery.restore': writes<Restored>()(recoveryRestoreInput, ANYONE),
};
