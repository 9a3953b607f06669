import type { BackupList, BackupSummary, RecoveryStatus } from '../../../core/backups';
import { call } from '../../lib/api';
import type { Slice } from '../../store/slice';

/** The backups page: the folder, its backups, and the job running now, followed until it ends. */
export interface BackupsSlice {
  backups: BackupList | null;
  backupsBusy: boolean;
  loadBackups(): Promise<BackupList>;
  backUpNow(): Promise<void>;
  saveBackupFolder(folder: string): Promise<void>;
  previewBackup(file: string): Promise<BackupSummary>;
  restoreBackup(file: string): Promise<void>;
  /** The case log could be opened only for reading (the header says so). */
  caseLogReadOnly: boolean;
  loadCaseLogState(): Promise<void>;
  /** When the case log could not be opened at all: what happened, and the backups to restore. */
  recoveryStatus(): Promise<RecoveryStatus>;
  /** Restores a backup from the recovery screen and starts the app again on it. */
  restoreFromRecovery(file: string): Promise<void>;
}

/** How often a running job's progress is asked for. */
const FOLLOW_MS = 300;

export const createBackupsSlice: Slice<BackupsSlice> = (set, get) => {
  /** Asks again while a job runs, so that the progress bar moves and the list shows the new backup. */
  async function follow(): Promise<BackupList> {
    const list = await get().loadBackups();
    if (list.running) {
      await new Promise((resolve) => setTimeout(resolve, FOLLOW_MS));
      return follow();
    }
    return list;
  }
  return {
    backups: null,
    backupsBusy: false,
    async loadBackups() {
      set({ backupsBusy: true });
      try {
        const backups = await call('backups.list', {});
        set({ backups });
        return backups;
      } finally {
        set({ backupsBusy: false });
      }
    },
    async backUpNow() {
      await call('backups.run', {});
      await follow();
    },
    async saveBackupFolder(folder) {
      set({ backups: await call('backups.setFolder', { folder }) });
    },
    previewBackup: (file) => call('backups.preview', { file }),
    async restoreBackup(file) {
      await call('backups.restore', { file });
      const list = await follow();
      // Every screen holds data from before the restore: start the app again on the restored case log.
      if (list.last?.kind === 'restore' && list.last.ok) window.location.reload();
    },
    caseLogReadOnly: false,
    async loadCaseLogState() {
      set({ caseLogReadOnly: (await call('caseLog.state', {})).readOnly });
    },
    recoveryStatus: () => call('recovery.status', {}),
    async restoreFromRecovery(file) {
      await call('recovery.restore', { file });
      window.location.reload();
    },
  };
};
