import { deskTime } from '../../shared/format';

/** A backup's time to the second, in the desk's zone: backups taken twice in a minute stay apart. */
export const formatBackupTime = (ms: number) => deskTime(ms).format('YYYY-MM-DD HH:mm:ss');
