import dayjs from 'dayjs';

/** A backup's time to the second: backups an hour apart, or taken twice in a minute, stay apart. */
export const formatBackupTime = (ms: number) => dayjs(ms).format('YYYY-MM-DD HH:mm:ss');
